// BEHAVIOURAL: "tell me about a time…". Graded on content (the key points a strong story
// covers) and on structure: situation, task, action, result (STAR). A story with no action of
// the candidate's own or no result is not a strong answer however many right words it has —
// offline, and whatever a model says (its reply goes through the same rule).
import { type Evaluation, evaluationSchema, MAX_FEEDBACK_CHARS, STAR_PARTS, type StarPart } from "@/lib/grading/types";
import { gradeOffline } from "@/lib/grading/offline";
import { conceptKind } from "../concept";
import type { QuestionKindModule } from "../kind-module";
import { detectStar } from "./star";

/** Structure's share of the overall score offline: content still matters most. */
const STRUCTURE_WEIGHT = 0.3;
/** Without these a story is not strong; the first one missing is what the follow-up asks for. */
const CORE: StarPart[] = ["result", "action"];
/** A missing core part as a point the answer missed, the follow-up that asks for it, and what counts as supplying it. */
const GAP: Partial<Record<StarPart, { point: string; question: string }>> = {
  result: { point: "the result of the story, with a number if possible", question: "What was the result? Give a number if you can: time saved, errors down, users gained." },
  action: { point: "your own actions in the story", question: "What did you do yourself? Walk me through your own steps, one by one." },
};
const gapFor = (point: string) => CORE.find((p) => GAP[p]?.point === point);
const DEFAULT_NUDGE: Record<StarPart, string> = {
  situation: "Set the scene in one sentence: where you were, when, and what was at stake.",
  task: "Say what you were responsible for, or what had to be achieved.",
  action: "Say what you did yourself, step by step: “I …”, not only “we …”.",
  result: "Say what the result was, with a number if you can: time saved, errors down, users gained.",
};

type Star = NonNullable<Evaluation["star"]>;

/** Present parts in S-T-A-R order, missing = the rest (a model may list both inconsistently). */
function consistent(present: readonly StarPart[], nudge: string | null): Star {
  const have = new Set(present);
  const missing = STAR_PARTS.filter((p) => !have.has(p));
  const first = CORE.find((p) => missing.includes(p)) ?? missing[0];
  return { present: STAR_PARTS.filter((p) => have.has(p)), missing, nudge: missing.length === 0 ? null : (nudge ?? (first ? DEFAULT_NUDGE[first] : null)) };
}

/** The rule both graders obey: no strong verdict without an action and a result, and the gap leads the missed points. */
function withStoryRule(evaluation: Evaluation, star: Star): Evaluation {
  const gap = CORE.find((p) => star.missing.includes(p));
  const downgraded = evaluation.verdict === "strong" && gap !== undefined;
  const gapPoint = gap ? GAP[gap]?.point : undefined;
  const missed = gapPoint && evaluation.verdict !== "wrong" ? [gapPoint, ...evaluation.missed.filter((m) => m !== gapPoint)].slice(0, 12) : evaluation.missed;
  // A strong-sounding feedback next to a shallow verdict would contradict itself.
  const feedback = downgraded ? `Good content, but the story is missing ${gapPoint}. ${star.nudge ?? ""}`.trim().slice(0, MAX_FEEDBACK_CHARS) : evaluation.feedback;
  return { ...evaluation, verdict: downgraded ? "shallow" : evaluation.verdict, feedback, missed, star };
}

/**
 * A follow-up that asked for a missing part of the story is answered when that part is there
 * (a number for the result, "I …" steps for the action); any other follow-up is graded on content.
 */
function gradeFollowUp(
  question: Parameters<QuestionKindModule["gradeOffline"]>[0],
  answer: { text: string },
  options: Parameters<QuestionKindModule["gradeOffline"]>[2] = {},
): Evaluation {
  const part = options.probed ? gapFor(options.probed) : undefined;
  if (!part) return conceptKind.gradeOffline(question, answer, options);
  const found = detectStar(answer.text);
  const has = found.present.includes(part);
  const quote = found.evidence[part] ?? "";
  const score = has ? 80 : answer.text.trim() ? 40 : 0;
  return {
    verdict: has ? "strong" : answer.text.trim() ? "shallow" : "wrong",
    scores: { relevance: score, accuracy: score, depth: score, clarity: score, overall: score },
    feedback: has ? `That is the part the story needed: ${options.probed}. Put it in the story the first time.` : DEFAULT_NUDGE[part],
    covered: has ? [{ point: options.probed!, quote }] : [],
    missed: has ? [] : [options.probed!],
  };
}

function gradeStory(content: Evaluation, answerText: string): Evaluation {
  const found = detectStar(answerText);
  const star = consistent(found.present, found.nudge);
  const structure = (100 * star.present.length) / STAR_PARTS.length;
  const blend = (score: number) => Math.round((1 - STRUCTURE_WEIGHT) * score + STRUCTURE_WEIGHT * structure);
  const scored: Evaluation =
    content.verdict === "wrong"
      ? content
      : {
          ...content,
          scores: { ...content.scores, depth: blend(content.scores.depth), overall: blend(content.scores.overall) },
          feedback: (star.nudge ? `${content.feedback} ${star.nudge}` : content.feedback).slice(0, MAX_FEEDBACK_CHARS),
        };
  return withStoryRule(scored, star);
}

export const behaviouralKind: QuestionKindModule = {
  kind: "BEHAVIOURAL",
  gradeOffline: (question, answer, options) => gradeStory(gradeOffline(question, answer.text, options), answer.text),
  // A follow-up probes one point of the story: it is graded on that point, not as a whole story.
  followUp: { ...conceptKind, gradeOffline: gradeFollowUp },
  followUpQuestion: (point) => {
    const part = gapFor(point);
    return part ? GAP[part]!.question : null;
  },
  modelGrading: {
    instruction:
      "This is a behavioural question: also judge the story's structure (situation, task, the candidate's own action, a result). " +
      "It is not strong without a concrete action by the candidate and a result. The nudge names the most important missing part concretely.",
    shape: ',"star":{"present":["situation|task|action|result"],"missing":["..."],"nudge":"one concrete tip, or null when complete"}',
    schema: evaluationSchema.extend({ star: evaluationSchema.shape.star.unwrap() }),
    normalise: (evaluation) => withStoryRule(evaluation, consistent(evaluation.star?.present ?? [], evaluation.star?.nudge ?? null)),
  },
};
