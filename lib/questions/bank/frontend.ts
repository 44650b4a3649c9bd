import type { BankQuestion } from "./types";

export const frontendQuestions: BankQuestion[] = [];
