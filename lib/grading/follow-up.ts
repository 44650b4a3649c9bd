// Offline follow-up questions, aimed at a missed key point. The point is used whole (never a cut
// fragment) in a template that fits its shape: a clause after "that", a noun phrase as an object,
// anything else quoted. Each template asks the student to explain, not to repeat, and ends as a question.
import { shapeOf, type PointShape, tidyPoint } from "./phrasing";

const TEMPLATES: Record<PointShape, ((p: string) => string)[]> = {
  clause: [
    (p) => `Your answer did not mention that ${p}. Can you explain why that is?`,
    (p) => `An example would help here: how would you show a colleague that ${p}?`,
    (p) => `Let's go one step further: why is it the case that ${p}?`,
  ],
  noun: [
    (p) => `Let's go one step further: what can you tell me about ${p}?`,
    (p) => `Your answer did not mention ${p}. How does that fit in?`,
    (p) => `Be as specific as you can, with an example: how would you expand on ${p}?`,
  ],
  other: [
    (p) => `A complete answer also covers this point: “${p}”. Can you explain it in your own words?`,
    (p) => `Let's go one step further. How does this fit into your answer: “${p}”?`,
    (p) => `Your answer left out one point: “${p}”. What does it mean here, with an example if possible?`,
  ],
};

export function offlineFollowUp(missedPoint: string | undefined, turnIndex: number): string {
  const point = missedPoint ? tidyPoint(missedPoint) : "";
  if (!point) return "Can you go deeper on that? Explain how it works and give a concrete example.";
  const templates = TEMPLATES[shapeOf(point)];
  return templates[turnIndex % templates.length]!(point);
}
