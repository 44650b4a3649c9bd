// Human wording for audit actions; unknown actions show their code, so nothing is hidden.
const LABELS: Record<string, string> = {
  "batch.create": "Created the class",
  "batch.rename": "Renamed the class",
  "batch.code.regenerate": "Issued a new class code",
  "batch.archive": "Archived the class",
  "batch.unarchive": "Restored the class",
  "batch.feedback": "Changed per-answer feedback",
  "enrollment.join": "Joined the class",
  "enrollment.remove": "Removed a student",
  "topic.create": "Added a topic",
  "topic.edit": "Edited a topic",
  "topic.unlock": "Unlocked a topic",
  "topic.lock": "Locked a topic",
  "topic.move": "Reordered topics",
  "topic.feedback": "Changed a topic's feedback setting",
  "topic.adaptive": "Changed a topic's adaptive difficulty",
  "question.edit": "Edited a question",
  "question.delete": "Deleted a question",
  "question.archive": "Archived an asked question",
  "csv.import": "Imported questions from CSV",
  "grade.override": "Overrode a grade",
  "grade.confirm": "Confirmed a grade as an example for the grader",
  "example.add": "Graded sample answers for a question",
  "example.delete": "Deleted a graded example",
  "document.upload": "Uploaded a resume",
  "document.confirm": "Checked and saved the resume text",
  "document.save": "Saved a job description",
  "document.delete": "Deleted a resume or job description",
  "recording.delete": "Deleted a kept recording of a spoken answer",
  "loop.create": "Set up an interview loop",
  "staff.add": "Added an assistant",
  "staff.remove": "Removed an assistant",
  "staff.leave": "Left the class as an assistant",
};

export function describeAudit(action: string): string {
  return LABELS[action] ?? action;
}
