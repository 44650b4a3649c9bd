// The report assembled from the evaluations: every number is computed here, never by a model.
// Without a model the wording is ours too; with one, strengths/weaknesses/plan may be replaced.
import type { Report, ReportQuestion, TurnResult } from "@/graph/state";
import { keyPointsFor } from "./key-points";

type QuestionInfo = { referenceAnswer: string | null; keyPoints: string[] };

const mean = (xs: number[]) => (xs.length ? Math.round(xs.reduce((a, b) => a + b, 0) / xs.length) : 0);

const DIMENSION_ADVICE: Record<keyof Report["dimensions"], string> = {
  relevance: "Answer the question that was asked: restate it in your first sentence, then stay on it.",
  accuracy: "Check definitions against your notes and practise stating them precisely.",
  depth: "Go past the definition: explain how it works, the cost or trade-off, and give one concrete example.",
  clarity: "Structure answers as definition → how it works → example, in short complete sentences.",
};

export function assembleReport(results: TurnResult[], questions: Map<string, QuestionInfo>, options: { endedEarly: boolean; generatedBy: string }): Report {
  const perQuestion: ReportQuestion[] = results.map((r) => {
    const info = questions.get(r.questionId);
    const modelAnswer = info?.referenceAnswer?.trim() || (info ? keyPointsFor(info).join(". ") : "") || "No reference answer was provided for this question.";
    return {
      index: r.index,
      kind: r.kind,
      question: r.questionText,
      answer: r.answer,
      verdict: r.evaluation.verdict,
      score: r.evaluation.scores.overall,
      covered: r.evaluation.covered,
      missed: r.evaluation.missed,
      feedback: r.evaluation.feedback,
      modelAnswer,
    };
  });
  const dims = {
    relevance: mean(results.map((r) => r.evaluation.scores.relevance)),
    accuracy: mean(results.map((r) => r.evaluation.scores.accuracy)),
    depth: mean(results.map((r) => r.evaluation.scores.depth)),
    clarity: mean(results.map((r) => r.evaluation.scores.clarity)),
  };
  const overallScore = mean(results.map((r) => r.evaluation.scores.overall));

  const strengths: string[] = [];
  for (const r of results.filter((x) => x.evaluation.verdict === "strong").slice(0, 3)) strengths.push(`Strong answer on “${short(r.questionText)}”.`);
  // Praise a dimension only when the answers were substantive overall.
  if (overallScore >= 50)
    for (const [dim, value] of Object.entries(dims)) if (value >= 75 && strengths.length < 4) strengths.push(`Good ${dim} across your answers (${value}/100).`);
  if (strengths.length === 0 && results.length > 0) strengths.push("You attempted every question — keep practising to turn partial answers into complete ones.");

  const weaknesses: string[] = [];
  for (const r of results.filter((x) => x.evaluation.verdict !== "strong").slice(0, 3)) {
    weaknesses.push(
      `${r.evaluation.verdict === "wrong" ? "Incorrect or off-topic" : "Incomplete"} answer on “${short(r.questionText)}”${r.evaluation.missed[0] ? `: missed that ${r.evaluation.missed[0]}` : ""}.`,
    );
  }
  const weakDims = (Object.entries(dims) as [keyof Report["dimensions"], number][]).filter(([, v]) => v < 60).sort((a, b) => a[1] - b[1]);
  for (const [dim, value] of weakDims.slice(0, 2)) weaknesses.push(`Low ${dim} overall (${value}/100).`);

  const actionPlan: string[] = [];
  const missedByQuestion = results.filter((r) => r.evaluation.missed.length > 0 && r.evaluation.verdict !== "strong");
  for (const r of missedByQuestion.slice(0, 3)) {
    actionPlan.push(`Review “${short(r.questionText)}”: make sure you can explain ${r.evaluation.missed.slice(0, 2).join(" and ")}. Then answer it aloud in under a minute.`);
  }
  for (const [dim] of weakDims.slice(0, 2)) actionPlan.push(DIMENSION_ADVICE[dim]);
  if (options.endedEarly) actionPlan.push("Finish a full interview next time: later questions are harder and show where you stand.");
  if (actionPlan.length === 0) actionPlan.push("Try the next topic, or retake this one to practise the harder questions.");

  return { overallScore, dimensions: dims, strengths, weaknesses, actionPlan, questions: perQuestion, endedEarly: options.endedEarly, generatedBy: options.generatedBy };
}

function short(text: string): string {
  return text.length > 70 ? `${text.slice(0, 67).trimEnd()}…` : text;
}

/** The offline running summary: one compact line per exchange, oldest dropped first. */
export function offlineSummary(previous: string, exchanges: { question: string; verdict: string }[]): string {
  const lines = [previous, ...exchanges.map((e) => `${short(e.question)} → ${e.verdict}.`)].filter(Boolean).join(" ");
  return lines.length > 600 ? lines.slice(lines.length - 600) : lines;
}
