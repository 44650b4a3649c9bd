import type { BankQuestion } from "./types";

export const dataAnalystQuestions: BankQuestion[] = [];
