// The shape of a skill in the vocabulary (lib/job-practice/skills/vocabulary.ts).
import type { RoleFamily } from "@/lib/question-bank";

export type SkillCategory =
  | "language"
  | "frontend"
  | "backend"
  | "mobile"
  | "database"
  | "data"
  | "ml"
  | "cloud"
  | "devops"
  | "testing"
  | "security"
  | "practice"
  | "product"
  | "soft";

export type Skill = {
  /** Stable id, kebab-case ("postgresql"). */
  id: string;
  /** How it is shown ("PostgreSQL"). */
  name: string;
  category: SkillCategory;
  /** Other spellings, matched as whole words, case-insensitively ("postgres", "psql"). Lower-case. May contain spaces, dots, +, # ("node.js", "c++", "c#", "ci/cd"). */
  aliases: string[];
  /** Forms matched ONLY with this exact case, for names that are also common English words or single letters ("Go", "R", "Swift", "Spark", "Rust", "C"). Include the name here instead of in aliases when it is ambiguous. */
  exact?: string[];
  /** Role families where this skill is typically asked about. */
  families: RoleFamily[];
};
