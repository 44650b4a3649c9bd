// An InterviewStore in memory, for testing the graph without a database.
import type { InterviewStore } from "@/graph/context";
import type { Report } from "@/graph/state";
import type { Evaluation } from "@/lib/grading/types";

export class MemoryStore implements InterviewStore {
  asked: { index: number; kind: string; questionId: string; questionText: string; difficulty: string; questionKind: string }[] = [];
  evaluations: { index: number; answer: string; evaluation: Evaluation; grader: string }[] = [];
  report: Report | null = null;

  async recordAskedTurn(t: Parameters<InterviewStore["recordAskedTurn"]>[0]) {
    const { question, ...rest } = t;
    if (!this.asked.some((a) => a.index === t.index))
      this.asked.push({ ...rest, questionId: question.id, difficulty: question.difficulty, questionKind: question.kind ?? "CONCEPT" });
  }
  async recordEvaluation(t: Parameters<InterviewStore["recordEvaluation"]>[0]) {
    if (!this.evaluations.some((e) => e.index === t.index)) this.evaluations.push({ ...t, answer: t.answer.text });
  }
  async saveReport(_sessionId: string, report: Report) {
    this.report = report;
  }
}
