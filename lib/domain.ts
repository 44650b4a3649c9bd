// Domain vocabulary shared by server and client code (no Prisma import, safe in the browser).
export const ROLES = ["STUDENT", "INSTRUCTOR"] as const;
export type Role = (typeof ROLES)[number];

export const DIFFICULTIES = ["EASY", "MEDIUM", "HARD"] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const VERDICTS = ["STRONG", "SHALLOW", "WRONG"] as const;
export type Verdict = (typeof VERDICTS)[number];

export function homePathFor(role: Role): "/student" | "/instructor" {
  return role === "INSTRUCTOR" ? "/instructor" : "/student";
}

/** Emails compare case-insensitively: we store and look up the trimmed lower-case form. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

// Class codes avoid look-alike characters (0/O, 1/I/L) so they survive being read aloud.
export const CLASS_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const CLASS_CODE_LENGTH = 6;

/** What a student types: case and surrounding spaces ignored, inner spaces/dashes too. */
export function normalizeClassCode(code: string): string {
  return code.trim().toUpperCase().replace(/[\s-]+/g, "");
}
