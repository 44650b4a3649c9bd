import type { CodingBankQuestion } from "./coding";

export const mediumCodingQuestions: CodingBankQuestion[] = [];
