// The offline report: strengths only from strong answers and named by concept, an honest account of
// an interview ended early, who graded each answer, and question numbering.
import { describe, expect, it } from "vitest";
import type { PlannedQuestion, TurnResult } from "@/graph/state";
import { authorLine, graderNote } from "@/lib/grading/grader-wording";
import { questionLabels } from "@/lib/grading/numbering";
import { gradeOffline } from "@/lib/grading/offline";
import { answeredLine, assembleReport, withModelNarrative } from "@/lib/grading/report";
import type { Evaluation } from "@/lib/grading/types";
import { DEMO_TOPICS } from "../../../prisma/seed-data";

const BANK = DEMO_TOPICS[0]!.questions;
const PLAN: PlannedQuestion[] = BANK.map((q, i) => ({ id: `q${i}`, ...q }));
const planMap = () => new Map(PLAN.map((q) => [q.id, q]));

function turn(index: number, q: PlannedQuestion, answer: string, extra: Partial<TurnResult> = {}, evaluation?: Evaluation): TurnResult {
  return { index, kind: "MAIN", questionId: q.id, questionText: q.text, answer, evaluation: evaluation ?? gradeOffline(q, answer), grader: "offline", ...extra };
}

describe("report strengths", () => {
  it("never lists a wrong or shallow answer as a strength, and with no strong answer lists none", () => {
    const results = [turn(0, PLAN[0]!, "I like pizza and football on weekends."), turn(1, PLAN[1]!, "A stack and a queue both hold things, I think.")];
    expect(results.map((r) => r.evaluation.verdict)).not.toContain("strong");
    const report = assembleReport(results, planMap(), { endedEarly: false, generatedBy: "offline" });
    expect(report.strengths).toEqual([]);
    expect(report.strengths.join(" ")).not.toMatch(/attempted every question/);
  });

  it("names what a strong answer explained, from its key points, never quoting the student", () => {
    const q = PLAN[1]!; // stack vs queue
    const answer = q.referenceAnswer!;
    const report = assembleReport([turn(0, q, answer)], planMap(), { endedEarly: false, generatedBy: "offline" });
    expect(report.questions[0]!.verdict).toBe("strong");
    expect(report.strengths[0]).toBe("Question 1: you explained that a stack is last in first out and that a queue is first in first out.");
    for (const s of report.strengths) expect(s).not.toContain("“");
  });

  it("does not credit a point about queues with a sentence about stacks", () => {
    const q = PLAN[1]!;
    const evaluation: Evaluation = {
      verdict: "strong",
      scores: { relevance: 80, accuracy: 80, depth: 80, clarity: 80, overall: 80 },
      feedback: "Good.",
      covered: [
        { point: "a stack is last in first out", quote: "A stack is last in, first out." },
        { point: "a queue is first in first out", quote: "A stack is last in, first out." },
      ],
      missed: [],
    };
    const report = assembleReport([turn(0, q, "A stack is last in, first out. Push and pop use the same end.", {}, evaluation)], planMap(), {
      endedEarly: false,
      generatedBy: "offline",
    });
    expect(report.questions[0]!.covered).toEqual([{ point: "a stack is last in first out", quote: "A stack is last in, first out." }]);
    expect(report.questions[0]!.missed).toContain("a queue is first in first out");
    expect(report.strengths.join(" ")).not.toContain("queue");
  });

  it("keeps its own strengths when a model writes the rest of the summary", () => {
    const report = assembleReport([turn(0, PLAN[0]!, "I like pizza and football on weekends.")], planMap(), { endedEarly: false, generatedBy: "offline" });
    const merged = withModelNarrative(report, { strengths: ["Great answer on arrays!"], weaknesses: ["Arrays."], actionPlan: ["Study arrays."] }, "gpt-test");
    expect(merged).toMatchObject({ strengths: [], weaknesses: ["Arrays."], actionPlan: ["Study arrays."], generatedBy: "model:gpt-test" });
  });
});

describe("an interview ended early", () => {
  it("says how many of the planned questions were answered and lists what was not reached", () => {
    const report = assembleReport([turn(0, PLAN[0]!, "I like pizza and football on weekends.")], planMap(), { endedEarly: true, generatedBy: "offline" });
    expect([...report.strengths, ...report.weaknesses, ...report.actionPlan].join(" ")).not.toMatch(/every question/);
    expect(answeredLine(report)).toBe(`Ended early: you answered 1 of ${PLAN.length} questions.`);
    expect(report.notReached).toEqual(PLAN.slice(1).map((q) => q.text));
    expect(report.actionPlan.join(" ")).toContain(`${PLAN.length - 1} questions were not reached`);
  });

  it("writes '1 question', not '1 questions'", () => {
    const two = new Map(PLAN.slice(0, 2).map((q) => [q.id, q]));
    const report = assembleReport([turn(0, PLAN[0]!, PLAN[0]!.referenceAnswer!)], two, { endedEarly: true, generatedBy: "offline" });
    expect(report.actionPlan.join(" ")).toContain("1 question was not reached");
    expect(answeredLine({ ...report, planned: undefined })).toBe("Ended early: you answered 1 question.");
  });
});

describe("who graded", () => {
  it("keeps each turn's grader in the report and explains a fallback to the student", () => {
    const report = assembleReport([turn(0, PLAN[0]!, "Arrays are contiguous.", { grader: "offline (model timeout)" })], planMap(), { endedEarly: false, generatedBy: "offline" });
    expect(report.questions[0]!.grader).toBe("offline (model timeout)");
    expect(graderNote(report.questions[0]!.grader)).toBe(
      "Graded by the built-in grader because the AI model took too long to answer. It compares your answer with the model answer's key points.",
    );
    expect(graderNote("offline")).toBeNull();
    expect(graderNote("model:gpt-test")).toBeNull();
    expect(graderNote(undefined)).toBeNull();
    for (const reason of ["http", "invalid_output", "error", "budget", "circuit_open"])
      expect(graderNote(`offline (model ${reason})`)).toMatch(/^Graded by the built-in grader because the AI model/);
    expect(authorLine("offline")).toMatch(/^Summary written by the built-in grader\./);
    expect(authorLine("model:gpt-test")).toMatch(/^Summary written by the AI model gpt-test\./);
  });
});

describe("question numbering", () => {
  it("numbers main questions 1…n and follow-ups as lettered sub-items", () => {
    const kinds = ["MAIN", "MAIN", "FOLLOW_UP", "MAIN", "FOLLOW_UP"] as const;
    expect(questionLabels(kinds.map((kind) => ({ kind })))).toEqual(["1", "2", "2a", "3", "3a"]);
  });
});
