// The report assembled from the evaluations: every number is computed here, never by a model.
// Without a model the wording is ours too; with one, strengths/weaknesses/plan may be replaced.
// The wording is a function of the per-question results alone (reportNarrative), so an instructor's
// override can recompute it from the saved report.
import type { QuestionBasis, Report, ReportQuestion, TurnResult } from "@/lib/interview/types";
import type { QuestionKind } from "@/lib/domain";
import { keyPointsFor } from "./key-points";
import { questionLabels } from "./numbering";
import { plural } from "@/lib/plural";
import { asObject, clauseSubject, listOf } from "./phrasing";
import { terms } from "./text";

type QuestionInfo = { text?: string; referenceAnswer: string | null; keyPoints: string[]; kind?: QuestionKind; basis?: QuestionBasis };
type Dimensions = Report["dimensions"];

const mean = (xs: number[]) => (xs.length ? Math.round(xs.reduce((a, b) => a + b, 0) / xs.length) : 0);

const DIMENSION_ADVICE: Record<keyof Dimensions, string> = {
  relevance: "Answer the question that was asked: restate it in your first sentence, then stay on it.",
  accuracy: "Check definitions against your notes and practise stating them precisely.",
  depth: "Go past the definition: explain how it works, the cost or trade-off, and give one concrete example.",
  clarity: "Structure answers as definition → how it works → example, in short complete sentences.",
};

/**
 * A covered point keeps its quote only when the quote talks about the point's subject: the grader
 * may match "a queue is first in first out" to a sentence about stacks by their shared words. When
 * the answer never names the subject at all, the point was not covered.
 */
function checkCovered(covered: ReportQuestion["covered"], missed: string[], answer: string): { covered: ReportQuestion["covered"]; missed: string[] } {
  const answerTerms = new Set(terms(answer));
  const kept: ReportQuestion["covered"] = [];
  const moved: string[] = [];
  for (const c of covered) {
    const subject = clauseSubject(c.point);
    const subjectTerms = subject ? terms(subject) : [];
    if (subjectTerms.length === 0) kept.push(c);
    else if (!subjectTerms.some((t) => answerTerms.has(t))) moved.push(c.point);
    else kept.push({ point: c.point, quote: subjectTerms.some((t) => terms(c.quote).includes(t)) ? c.quote : "" });
  }
  return { covered: kept, missed: [...missed, ...moved] };
}

type AssembleOptions = {
  endedEarly: boolean;
  generatedBy: string;
  /** Adaptive interviews: `questions` is a pool to pick from, and this many main questions were planned. */
  adaptive?: { plannedMain: number };
};

export function assembleReport(results: TurnResult[], questions: Map<string, QuestionInfo>, options: AssembleOptions): Report {
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
      ...checkCovered(r.evaluation.covered, r.evaluation.missed, r.answer),
      feedback: r.evaluation.feedback,
      modelAnswer,
      grader: r.grader,
      ...(r.difficulty ? { difficulty: r.difficulty } : {}),
      ...(info?.kind ? { questionKind: info.kind } : {}),
      ...(r.evaluation.star ? { star: r.evaluation.star } : {}),
      ...(info?.basis ? { basis: info.basis } : {}),
    };
  });
  const dimensions = {
    relevance: mean(results.map((r) => r.evaluation.scores.relevance)),
    accuracy: mean(results.map((r) => r.evaluation.scores.accuracy)),
    depth: mean(results.map((r) => r.evaluation.scores.depth)),
    clarity: mean(results.map((r) => r.evaluation.scores.clarity)),
  };
  const overallScore = mean(results.map((r) => r.evaluation.scores.overall));
  // The plan is the map's insertion order; what was never asked is what the student did not reach.
  // An adaptive interview's map is a pool: what it did not reach is a count, not named questions.
  const asked = new Set(results.map((r) => r.questionId));
  const notReached = options.adaptive ? [] : [...questions.entries()].filter(([id]) => !asked.has(id)).map(([, q]) => q.text ?? "");
  const planned = options.adaptive?.plannedMain ?? questions.size;
  const mains = results.filter((r) => r.kind === "MAIN");
  const difficultyPath = options.adaptive ? mains.flatMap((r) => (r.difficulty ? [r.difficulty] : [])) : undefined;
  const base = {
    overallScore,
    dimensions,
    questions: perQuestion,
    endedEarly: options.endedEarly,
    generatedBy: options.generatedBy,
    planned,
    notReached,
    ...(difficultyPath ? { difficultyPath } : {}),
  };
  return { ...base, ...reportNarrative(base) };
}

type NarrativeInput = Pick<Report, "overallScore" | "dimensions" | "questions" | "endedEarly" | "planned" | "notReached" | "difficultyPath">;

/** Strengths, weaknesses and action plan from the per-question results (our wording, no model). */
export function reportNarrative(report: NarrativeInput): Pick<Report, "strengths" | "weaknesses" | "actionPlan"> {
  const labels = questionLabels(report.questions);
  const labelled = report.questions.map((q, i) => ({ q, label: labels[i]! }));
  const strong = labelled.filter(({ q }) => q.verdict === "strong");
  const notStrong = labelled.filter(({ q }) => q.verdict !== "strong");

  // Strengths come only from strong answers, and name what was explained — never a quote.
  const strengths = strong
    .slice(0, 3)
    .map(({ q, label }) =>
      q.covered.length > 0
        ? `Question ${label}: you explained ${listOf(q.covered.slice(0, 2).map((c) => asObject(c.point)))}.`
        : `Question ${label}: a strong answer to “${short(q.question)}”.`,
    );
  const noWrong = report.questions.every((q) => q.verdict !== "wrong");
  if (strong.length > 0 && noWrong && report.overallScore >= 50)
    for (const [dim, value] of Object.entries(report.dimensions)) if (value >= 75 && strengths.length < 4) strengths.push(`Good ${dim} across your answers (${value}/100).`);

  const weaknesses = notStrong.slice(0, 3).map(({ q, label }) => {
    const what = q.verdict === "wrong" ? "incorrect or off-topic" : "incomplete";
    const missed = q.missed[0] ? `: it did not cover ${asObject(q.missed[0])}` : "";
    return `Question ${label} was ${what} (“${short(q.question)}”)${missed}.`;
  });
  const weakDims = (Object.entries(report.dimensions) as [keyof Dimensions, number][]).filter(([, v]) => v < 60).sort((a, b) => a[1] - b[1]);
  for (const [dim, value] of weakDims.slice(0, 2)) weaknesses.push(`Low ${dim} overall (${value}/100).`);

  const actionPlan: string[] = [];
  for (const { q, label } of notStrong.filter(({ q }) => q.missed.length > 0).slice(0, 3))
    actionPlan.push(
      `Review question ${label} (“${short(q.question)}”): make sure you can explain ${listOf(q.missed.slice(0, 2).map(asObject))}. Then answer it aloud in under a minute.`,
    );
  for (const [dim] of weakDims.slice(0, 2)) actionPlan.push(DIMENSION_ADVICE[dim]);
  // Behavioural answers missing part of their story: the first one's nudge (STAR).
  // (Not when its follow-up already supplied the missing part.)
  const suppliedLater = (i: number) => report.questions[i + 1]?.kind === "FOLLOW_UP" && report.questions[i + 1]?.verdict === "strong";
  const storyGap = labelled.find(({ q }, i) => q.star?.nudge && q.star.missing.length > 0 && !suppliedLater(i));
  if (storyGap && actionPlan.length < 6) actionPlan.push(`Question ${storyGap.label} (your story): ${storyGap.q.star!.nudge}`);
  const mainsAsked = report.questions.filter((q) => q.kind === "MAIN").length;
  // Adaptive interviews are not easy → hard: their later questions follow the answers.
  const laterOnes = report.difficultyPath
    ? "the interview adapts to your answers as it goes, so the rest shows where you stand"
    : "the later ones are harder and show where you stand";
  const unreached = report.notReached?.length || Math.max(0, (report.planned ?? 0) - mainsAsked);
  if (report.endedEarly)
    actionPlan.push(
      unreached > 0
        ? `Finish a full interview next time: ${plural(unreached, "question was", "questions were")} not reached, and ${laterOnes}.`
        : `Finish a full interview next time: ${report.difficultyPath ? laterOnes : "later questions are harder and show where you stand"}.`,
    );
  if (actionPlan.length === 0) actionPlan.push("Try the next topic, or retake this one to practise the harder questions.");
  return { strengths, weaknesses, actionPlan };
}

/**
 * A model-written narrative merged into the assembled report. Strengths stay ours: they must come
 * only from answers graded strong, which a model's free text cannot be held to; with no strong
 * answer there is nothing to praise, whatever the model wrote.
 */
export function withModelNarrative(report: Report, narrative: Pick<Report, "strengths" | "weaknesses" | "actionPlan">, modelName: string): Report {
  return { ...report, weaknesses: narrative.weaknesses, actionPlan: narrative.actionPlan, generatedBy: `model:${modelName}` };
}

/** "Ended early: you answered 1 of 8 questions." for a report that ended early; null otherwise. */
export function answeredLine(report: Pick<Report, "questions" | "planned" | "endedEarly">): string | null {
  if (!report.endedEarly) return null;
  const answered = report.questions.filter((q) => q.kind === "MAIN").length;
  if (!report.planned) return `Ended early: you answered ${plural(answered, "question")}.`;
  return `Ended early: you answered ${answered} of ${plural(report.planned, "question")}.`;
}

function short(text: string): string {
  return text.length > 70 ? `${text.slice(0, 67).trimEnd()}…` : text;
}

/** The offline running summary: one compact line per exchange, oldest dropped first. */
export function offlineSummary(previous: string, exchanges: { question: string; verdict: string }[]): string {
  const lines = [previous, ...exchanges.map((e) => `${short(e.question)} → ${e.verdict}.`)].filter(Boolean).join(" ");
  return lines.length > 600 ? lines.slice(lines.length - 600) : lines;
}
