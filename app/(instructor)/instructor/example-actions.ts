"use server";
// An instructor's graded examples on a question's page: sample answers graded by hand (saved all
// at once, with the grader's own opinion of each beside it) and deleting an example. Each is an
// instructorAction (lib/actions/define); the data layer checks the question is the caller's.
import { z } from "zod";
import { instructorAction } from "@/lib/actions/define";
import { batchPath, id } from "@/lib/actions/fields";
import { done } from "@/lib/actions/result";
import { addSampleExamples, deleteExample, exampleQuestion } from "@/lib/db/queries/grading-examples";
import { agrees } from "@/lib/grading-examples/agreement";
import { graderOpinions } from "@/lib/interview/grader-opinion";
import { readSampleRows, sampleRowsSchema } from "@/lib/grading-examples/validation";
import { plural } from "@/lib/plural";

const samplesSchema = z.object({ questionId: id, rows: sampleRowsSchema });

export const saveSampleExamplesAction = instructorAction(
  samplesSchema,
  async ({ input, user, audit, revalidate }) => {
    const question = await exampleQuestion(input.questionId, user.id);
    const opinions = await graderOpinions(
      question,
      input.rows.map((r) => r.answer),
    );
    const saved = await addSampleExamples(
      question.id,
      user.id,
      input.rows.map((r, i) => ({ answer: r.answer, verdict: r.verdict, score: r.score, turnId: r.turnId, graderVerdict: opinions[i]!.verdict, graderScore: opinions[i]!.score })),
    );
    await audit({
      action: "example.add",
      targetType: "question",
      targetId: question.id,
      batchId: saved.batchId,
      metadata: { count: saved.count, verdicts: input.rows.map((r) => r.verdict.toLowerCase()).join(", "), fromStudents: input.rows.filter((r) => r.turnId).length },
    });
    revalidate(batchPath(saved.batchId), "layout");
    const agreed = input.rows.filter((r, i) => agrees({ verdict: r.verdict, graderVerdict: saved.graderVerdicts[i]! })).length;
    return done(`Saved ${plural(saved.count, "example")}. The grader agreed with you on ${agreed} of ${saved.count}.`);
  },
  { surface: "question", read: (form) => ({ questionId: form.get("questionId") ?? undefined, rows: readSampleRows(form) }) },
);

export const deleteExampleAction = instructorAction(
  z.object({ exampleId: id }),
  async ({ input, user, audit, revalidate }) => {
    const example = await deleteExample(input.exampleId, user.id);
    await audit({
      action: "example.delete",
      targetType: "question",
      targetId: example.questionId,
      batchId: example.question.topic.batchId,
      metadata: { source: example.source.toLowerCase(), verdict: example.verdict.toLowerCase(), score: example.score, answer: example.answerText.slice(0, 200) },
    });
    revalidate(batchPath(example.question.topic.batchId), "layout");
  },
  { surface: "question" },
);
