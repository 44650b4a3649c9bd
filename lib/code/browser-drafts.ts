// A coding answer's draft as kept on the student's device: the language in use and the code
// typed in each language, so switching languages never loses work. Client-safe, pure.
import { CODE_LIMITS } from "./limits";
import type { CodeLanguage, PublicCodeSpec } from "./types";

export type CodeDraft = { language: CodeLanguage; sources: Partial<Record<CodeLanguage, string>> };

/** The draft a question starts with: its first language, and no code typed yet (the starter shows). */
export function freshDraft(spec: Pick<PublicCodeSpec, "languages">): CodeDraft {
  return { language: spec.languages[0] ?? "javascript", sources: {} };
}

/** The code shown for the draft's language: what was typed, else the starter. */
export function sourceOf(draft: CodeDraft, spec: Pick<PublicCodeSpec, "starter">): string {
  return draft.sources[draft.language] ?? spec.starter[draft.language] ?? "";
}

/**
 * A saved draft read back, or a fresh one when it is missing, damaged, or from languages the
 * question no longer offers (storage is the student's, so nothing in it is trusted).
 */
export function parseDraft(saved: string | null, spec: Pick<PublicCodeSpec, "languages">): CodeDraft {
  const fresh = freshDraft(spec);
  if (!saved) return fresh;
  let data: unknown;
  try {
    data = JSON.parse(saved);
  } catch {
    return fresh;
  }
  if (!data || typeof data !== "object") return fresh;
  const { language, sources } = data as { language?: unknown; sources?: unknown };
  const offered = (l: unknown): l is CodeLanguage => spec.languages.includes(l as CodeLanguage);
  const kept: CodeDraft["sources"] = {};
  if (sources && typeof sources === "object") {
    for (const [l, code] of Object.entries(sources)) if (offered(l) && typeof code === "string") kept[l] = code.slice(0, CODE_LIMITS.codeChars);
  }
  return { language: offered(language) ? language : fresh.language, sources: kept };
}

/** Whether anything was typed (a draft that is only the starter code is not worth a warning). */
export function hasTypedCode(draft: CodeDraft, spec: Pick<PublicCodeSpec, "starter">): boolean {
  return Object.entries(draft.sources).some(([l, code]) => code.trim() !== (spec.starter[l as CodeLanguage] ?? "").trim());
}
