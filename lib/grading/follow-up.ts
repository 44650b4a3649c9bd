// Offline follow-up questions: aimed at a missed key point, phrased so they probe
// without giving the answer away.
import { subjectOf } from "./key-points";

const TEMPLATES = [
  (subject: string) => `Let's go one step further: what can you tell me about ${subject}?`,
  (subject: string) => `You did not mention ${subject}. How does that fit into your answer?`,
  (subject: string) => `Can you expand on ${subject}? Be as specific as you can, with an example if possible.`,
];

export function offlineFollowUp(missedPoint: string | undefined, turnIndex: number): string {
  if (!missedPoint) return "Can you go deeper on that? Explain how it works and give a concrete example.";
  const template = TEMPLATES[turnIndex % TEMPLATES.length]!;
  return template(subjectOf(missedPoint));
}
