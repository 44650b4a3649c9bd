// Delivery feedback for one answer in a report. A spoken answer gets its timing (kept with the
// answer), fillers and hedging measured on the transcript as heard — a student who tidies "um"
// out of the transcript still learns they said it — while length, repeats and the role's key
// terms are the answer's as submitted, the text that was graded (typed additions included). A typed answer gets what still means something in writing: the key
// terms and the length. Key terms are the skills the model answer names (lib/job-practice/skills),
// matched with their aliases ("Postgres" counts for PostgreSQL). No server imports.
import type { QuestionKind, SpokenAnswer } from "@/lib/domain";
import { findSkills } from "@/lib/job-practice/skills/find";
import { skillIndex } from "@/lib/job-practice/tailoring";
import { deliveryMetrics, EXPECTED_WORDS, type Metric } from "./delivery";

export type AnsweredTurn = { text: string; spoken?: SpokenAnswer; questionKind: QuestionKind; modelAnswer: string };

/** `spoken`: whether the metrics describe speech ("How you said it") or writing. */
export type AnswerDelivery = { spoken: boolean; metrics: Metric[] };

const WRITTEN: ReadonlySet<Metric["id"]> = new Set(["length", "key-terms"]);

export function answerDelivery(turn: AnsweredTurn): AnswerDelivery {
  const index = skillIndex();
  const expected = findSkills(turn.modelAnswer, index);
  const said = new Set(findSkills(turn.text, index).map((m) => m.skill.id));
  const metrics = deliveryMetrics({
    text: turn.spoken?.heard || turn.text,
    submittedText: turn.text,
    durationSeconds: turn.spoken?.durationSeconds,
    timedWords: turn.spoken?.words,
    silencesMs: turn.spoken?.silencesMs,
    expectedWords: EXPECTED_WORDS[turn.questionKind] ?? EXPECTED_WORDS.CONCEPT,
    keyTerms: { all: expected.map((m) => m.skill.name), used: expected.filter((m) => said.has(m.skill.id)).map((m) => m.skill.name) },
  });
  return turn.spoken ? { spoken: true, metrics } : { spoken: false, metrics: metrics.filter((m) => WRITTEN.has(m.id)) };
}
