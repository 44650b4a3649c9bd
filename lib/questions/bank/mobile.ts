import type { BankQuestion } from "./types";

export const mobileQuestions: BankQuestion[] = [];
