import type { CodingBankQuestion } from "./coding";

export const hardCodingQuestions: CodingBankQuestion[] = [];
