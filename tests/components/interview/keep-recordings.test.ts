// The keep-recordings toggle, rendered to HTML (no browser needed), and the form it saves with:
// off unless the stored choice is on, its own labelled checkbox, and a live line for "saved".
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { KeepRecordings, keepRecordingsFormData } from "@/components/interview/keep-recordings";
import { keepRecordingsForm } from "@/lib/speech/preferences";

const save = async () => ({ ok: true as const });

describe("KeepRecordings", () => {
  it("shows the stored choice in a labelled checkbox, with a polite live line for the result", () => {
    const off = renderToStaticMarkup(createElement(KeepRecordings, { initial: false, save }));
    expect(off).toMatch(/<label[^>]*><input type="checkbox"[^>]*data-testid="keep-recordings-toggle"\/>Keep my recordings so I can listen back \(you can delete them\)<\/label>/);
    expect(off).not.toContain('checked=""');
    expect(off).toMatch(/aria-live="polite"[^>]*data-testid="keep-recordings-saved"/);
    expect(renderToStaticMarkup(createElement(KeepRecordings, { initial: true, save }))).toContain('checked=""');
  });

  it("sends the form the action reads", () => {
    for (const keep of [true, false]) expect(keepRecordingsForm.parse(Object.fromEntries(keepRecordingsFormData(keep)))).toEqual({ keepRecordings: keep });
  });
});
