// How a behavioural question is shown to the student (client-safe).
import type { KindDisplay } from "../kind-display";

export const behaviouralDisplay: KindDisplay = {
  label: "Behavioural",
  answerPlaceholder: "Tell one real story: the situation, your task, what you did yourself, and the result (with a number if you can).",
};
