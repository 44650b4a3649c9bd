// Coding drafts kept on the device: per-language code survives, damaged or foreign storage is ignored.
import { describe, expect, it } from "vitest";
import { freshDraft, hasTypedCode, parseDraft, sourceOf } from "@/lib/code/browser-drafts";
import { CODE_LIMITS } from "@/lib/code/limits";

const spec = { languages: ["javascript", "python"] as ("javascript" | "python")[], starter: { javascript: "function f() {}", python: "def f():\n    pass" } };

describe("coding drafts", () => {
  it("starts in the first language with the starter code", () => {
    const draft = freshDraft(spec);
    expect(draft.language).toBe("javascript");
    expect(sourceOf(draft, spec)).toBe(spec.starter.javascript);
    expect(hasTypedCode(draft, spec)).toBe(false);
  });

  it("keeps each language's code and the language in use", () => {
    const saved = JSON.stringify({ language: "python", sources: { javascript: "let x = 1", python: "x = 2" } });
    const draft = parseDraft(saved, spec);
    expect(sourceOf(draft, spec)).toBe("x = 2");
    expect(sourceOf({ ...draft, language: "javascript" }, spec)).toBe("let x = 1");
    expect(hasTypedCode(draft, spec)).toBe(true);
  });

  it("ignores damaged storage, unknown languages and non-text code", () => {
    expect(parseDraft("{not json", spec)).toEqual(freshDraft(spec));
    expect(parseDraft("null", spec)).toEqual(freshDraft(spec));
    const onlyJs = { languages: ["javascript"] as "javascript"[] };
    expect(parseDraft(JSON.stringify({ language: "python", sources: { python: "x", javascript: 42, ruby: "puts 1" } }), onlyJs)).toEqual({ language: "javascript", sources: {} });
  });

  it("caps saved code at the code limit", () => {
    const draft = parseDraft(JSON.stringify({ language: "javascript", sources: { javascript: "x".repeat(CODE_LIMITS.codeChars + 10) } }), spec);
    expect(draft.sources.javascript).toHaveLength(CODE_LIMITS.codeChars);
  });

  it("does not count starter code with only spacing changes as typed", () => {
    expect(hasTypedCode({ language: "javascript", sources: { javascript: `${spec.starter.javascript}\n` } }, spec)).toBe(false);
  });
});
