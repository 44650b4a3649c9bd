import type { BankQuestion } from "./types";

export const backendQuestions: BankQuestion[] = [];
