import type { Role } from "@/lib/domain";

/** What deleting the account does, said before the person confirms. */
export function DeletionNotice({ role, liveClasses }: { role: Role; liveClasses: string[] }) {
  if (role === "STUDENT")
    return (
      <div className="grid gap-2 text-sm" data-testid="deletion-notice">
        <p>Deleting your account cannot be undone. When you confirm:</p>
        <ul className="grid list-disc gap-1 pl-5">
          <li>Your name, email and password are erased; nobody can log in to this account again.</li>
          <li>Your resume, job description, job-practice interviews and loops, and any kept recordings of your spoken answers are deleted.</li>
          <li>
            <strong>Your answers and scores in class interviews are kept, but no longer tied to your name:</strong> your instructors see them as “Deleted student”, so their class
            statistics stay true.
          </li>
        </ul>
      </div>
    );
  return (
    <div className="grid gap-2 text-sm" data-testid="deletion-notice">
      <p>Deleting your account cannot be undone. When you confirm:</p>
      <ul className="grid list-disc gap-1 pl-5">
        <li>Your name, email and password are erased; nobody can log in to this account again.</li>
        <li>You stop being an assistant of the classes you help with.</li>
        <li>Your archived classes stay archived, with their students' results, shown as belonging to “Deleted instructor”; grades you changed keep that name too.</li>
      </ul>
      {liveClasses.length > 0 ? (
        <p className="font-medium text-destructive" data-testid="deletion-blocked">
          You still own {liveClasses.length === 1 ? "a class" : `${liveClasses.length} classes`} that {liveClasses.length === 1 ? "is" : "are"} not archived (
          {liveClasses.join(", ")}). Archive {liveClasses.length === 1 ? "it" : "them"} first: its students would lose their instructor.
        </p>
      ) : null}
    </div>
  );
}
