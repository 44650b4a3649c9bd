// How a concept question is shown to the student (client-safe).
import type { KindDisplay } from "../kind-display";

export const conceptDisplay: KindDisplay = {
  label: "Concept",
  answerPlaceholder: "Answer as you would out loud: definition, how it works, an example.",
};
