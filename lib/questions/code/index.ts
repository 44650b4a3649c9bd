// CODE: write a function that passes the tests, and explain it. The tests are run on the server
// (lib/code/server-runner.ts) before grading and kept with the answer; they dominate correctness,
// offline and whatever a model says (its reply goes through the same rule). The explanation is
// graded like a concept answer on the reference answer's points (approach, complexity).
import type { Answer } from "@/lib/domain";
import { gradeOffline } from "@/lib/grading/offline";
import { type Evaluation, evaluationSchema, MAX_FEEDBACK_CHARS } from "@/lib/grading/types";
import { conceptKind } from "../concept";
import type { QuestionKindModule } from "../kind-module";
import { codeSummaryForModel, failedTestPoint, testsOutcome, testsPoint } from "./results";

/** Share of the overall score that comes from the tests: working code is most of a coding answer. */
const TESTS_WEIGHT = 0.7;
/** Below this share of tests passed the code is wrong, whatever the explanation says. */
const WRONG_BELOW = 0.5;

const COMPLEXITY_POINT = "the time and space complexity of your solution";

function combine(explained: Evaluation, answer: Answer): Evaluation {
  const outcome = testsOutcome(answer);
  const tests = Math.round(100 * outcome.rate);
  const blend = (score: number) => Math.round(TESTS_WEIGHT * tests + (1 - TESTS_WEIGHT) * score);
  const failed = failedTestPoint(answer);
  // An explanation is short by nature: one that covers every key point counts as complete even
  // when the concept grader, tuned on longer answers, scores its wording lower.
  const explanationComplete = explained.verdict === "strong" || (explained.missed.length === 0 && explained.covered.length > 0);
  const verdict: Evaluation["verdict"] = outcome.rate < WRONG_BELOW || outcome.stopped ? "wrong" : outcome.rate < 1 || !explanationComplete ? "shallow" : "strong";
  // The follow-up asks about missed[0]: a failing test first, else what the explanation left out (complexity above all).
  const explanationMissed = explained.missed.some((m) => /complexit|big-?o|o\(/i.test(m))
    ? [COMPLEXITY_POINT, ...explained.missed.filter((m) => !/complexit|big-?o|o\(/i.test(m))]
    : explained.missed;
  const missed = [...(failed ? [failed] : []), ...explanationMissed].slice(0, 12);
  if (verdict === "shallow" && missed.length === 0) missed.push(COMPLEXITY_POINT);
  const covered = [...(outcome.rate === 1 ? [{ point: testsPoint(outcome), quote: "" }] : []), ...explained.covered].slice(0, 12);
  const feedback = `${outcome.summary} ${explained.feedback}`.trim().slice(0, MAX_FEEDBACK_CHARS);
  return {
    ...explained,
    verdict,
    scores: {
      relevance: explained.scores.relevance,
      accuracy: blend(explained.scores.accuracy),
      depth: explained.scores.depth,
      clarity: explained.scores.clarity,
      overall: blend(explained.scores.overall),
    },
    covered,
    missed,
    feedback,
  };
}

/** A model's grade under the same rule: it may not call failing code strong, and the tests set most of the score. */
function withTestsRule(evaluation: Evaluation, answer: Answer): Evaluation {
  const outcome = testsOutcome(answer);
  if (outcome.rate === 1 && !outcome.stopped) return evaluation;
  const combined = combine(evaluation, answer);
  return { ...combined, feedback: evaluation.feedback.startsWith(outcome.summary) ? evaluation.feedback : combined.feedback };
}

export const codeKind: QuestionKindModule = {
  kind: "CODE",
  gradeOffline: (question, answer, options) => combine(gradeOffline(question, answer.text, options), answer),
  // A follow-up asks about one failing test or the complexity, in words: graded like a concept answer.
  followUp: conceptKind,
  followUpQuestion: (point) => {
    if (point === COMPLEXITY_POINT) return "What are the time and space complexity of your solution, and why? Could it be done faster?";
    if (point.startsWith("passes the test"))
      return `Your code did not pass one test: it ${point.slice("passes".length).replace(/^ /, "failed ")}. What goes wrong in that case, and how would you fix it?`;
    return null;
  },
  promptAnswer: codeSummaryForModel,
  modelGrading: {
    instruction:
      "This is a coding question. The test results were computed by running the candidate's code and are facts: " +
      "code that fails tests is not strong. Grade the explanation of the approach and its complexity, and comment in the feedback on the code's quality and its time and space complexity.",
    shape: "",
    schema: evaluationSchema,
    normalise: withTestsRule,
  },
};
