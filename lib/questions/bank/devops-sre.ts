import type { BankQuestion } from "./types";

export const devopsSreQuestions: BankQuestion[] = [];
