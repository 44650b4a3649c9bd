// The built-in bank's coding questions: one prompt, starter code and a reference solution in each
// language, and tests (visible ones the student can run, hidden ones only the server runs).
// Written for this project. tests/lib/question-bank/coding.test.ts runs every solution and starter.
import { easyCodingQuestions } from "./coding-easy";
import { hardCodingQuestions } from "./coding-hard";
import { mediumCodingQuestions } from "./coding-medium";
import type { CodingBankQuestion } from "./coding-spec";

export type { CodingBankQuestion } from "./coding-spec";

export const codingQuestions: CodingBankQuestion[] = [...easyCodingQuestions, ...mediumCodingQuestions, ...hardCodingQuestions];
