import type { BankQuestion } from "./types";

export const qaTestingQuestions: BankQuestion[] = [];
