import type { BankQuestion } from "./types";

export const dataMlQuestions: BankQuestion[] = [];
