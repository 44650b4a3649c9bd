// The whole built-in job-practice bank: every family's technical questions plus the shared
// behavioural ones. tests/lib/question-bank.test.ts validates it; `npm run bank:stats` counts it.
import { backendQuestions } from "./backend";
import { behaviouralQuestions } from "./behavioural";
import { codingQuestions } from "./coding";
import { dataAnalystQuestions } from "./data-analyst";
import { dataMlQuestions } from "./data-ml";
import { devopsSreQuestions } from "./devops-sre";
import { frontendQuestions } from "./frontend";
import { fullstackQuestions } from "./fullstack";
import { mobileQuestions } from "./mobile";
import { productProjectQuestions } from "./product-project";
import { qaTestingQuestions } from "./qa-testing";
import type { BankQuestion, RoleFamily } from "./types";

export const TECHNICAL_BANK: Record<RoleFamily, BankQuestion[]> = {
  frontend: frontendQuestions,
  backend: backendQuestions,
  fullstack: fullstackQuestions,
  "data-ml": dataMlQuestions,
  "data-analyst": dataAnalystQuestions,
  "devops-sre": devopsSreQuestions,
  mobile: mobileQuestions,
  "qa-testing": qaTestingQuestions,
  "product-project": productProjectQuestions,
};

export const BEHAVIOURAL_BANK: BankQuestion[] = behaviouralQuestions;

/** Coding questions, shared by every family that writes code (algorithms and practical data handling). */
export const CODING_BANK: BankQuestion[] = codingQuestions;

export type { BankQuestion, RoleFamily } from "./types";
export { ROLE_FAMILIES } from "./types";
