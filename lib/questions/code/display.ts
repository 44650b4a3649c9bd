// How a coding question is shown to the student (client-safe): the box beside the editor is for
// the explanation, which is graded like a concept answer.
import type { KindDisplay } from "../kind-display";

export const codeDisplay: KindDisplay = {
  label: "Coding",
  answerPlaceholder: "Explain your approach and its complexity: the idea, the data structures, time and space in big-O, and any edge case you handled.",
};
