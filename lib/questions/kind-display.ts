// How a question kind is shown to the student (client-safe): each kind's display.ts fills it.
export type KindDisplay = { label: string; answerPlaceholder: string };
