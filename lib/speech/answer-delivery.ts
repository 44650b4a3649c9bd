// Delivery feedback for one spoken answer in a report: its timing (kept with the answer), the
// length its kind of question expects, and the role's key terms — the skills the model answer
// names (lib/job-practice/skills), matched in the answer with their aliases ("Postgres" counts for
// PostgreSQL). Typed answers get none: pace and pauses need a recording. No server imports.
import type { QuestionKind, SpokenAnswer } from "@/lib/domain";
import { findSkills } from "@/lib/job-practice/skills/find";
import { skillIndex } from "@/lib/job-practice/tailoring";
import { deliveryMetrics, EXPECTED_WORDS, type Metric } from "./delivery";

export type SpokenTurn = { text: string; spoken: SpokenAnswer; questionKind: QuestionKind; modelAnswer: string };

export function answerDelivery(turn: SpokenTurn): Metric[] {
  const index = skillIndex();
  const expected = findSkills(turn.modelAnswer, index);
  const said = new Set(findSkills(turn.text, index).map((m) => m.skill.id));
  return deliveryMetrics({
    text: turn.text,
    durationSeconds: turn.spoken.durationSeconds,
    timedWords: turn.spoken.words,
    silencesMs: turn.spoken.silencesMs,
    expectedWords: turn.questionKind === "BEHAVIOURAL" ? EXPECTED_WORDS.BEHAVIOURAL : EXPECTED_WORDS.CONCEPT,
    keyTerms: { all: expected.map((m) => m.skill.name), used: expected.filter((m) => said.has(m.skill.id)).map((m) => m.skill.name) },
  });
}
