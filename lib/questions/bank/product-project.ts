import type { BankQuestion } from "./types";

export const productProjectQuestions: BankQuestion[] = [];
