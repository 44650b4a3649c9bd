import type { BankQuestion } from "./types";

export const fullstackQuestions: BankQuestion[] = [];
