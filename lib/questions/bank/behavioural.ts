import type { BankQuestion } from "./types";

export const behaviouralQuestions: BankQuestion[] = [];
