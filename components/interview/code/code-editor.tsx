"use client";
// The code editor: CodeMirror 6 with line numbers, highlighting and auto-indent. Tab indents while
// editing; Escape then Tab leaves the editor (CodeMirror's tab-focus mode), so a keyboard user is
// never trapped. Colours follow the app's light/dark palette. Loaded only on coding turns.
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { javascript } from "@codemirror/lang-javascript";
import { python } from "@codemirror/lang-python";
import { bracketMatching, HighlightStyle, indentOnInput, indentUnit, syntaxHighlighting } from "@codemirror/language";
import { Compartment, EditorState } from "@codemirror/state";
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from "@codemirror/view";
import { tags } from "@lezer/highlight";
import { useEffect, useRef } from "react";
import type { CodeLanguage } from "@/lib/code/types";

/** Token colours for both palettes: light-dark() follows the page's color-scheme (globals.css). */
const highlight = HighlightStyle.define([
  { tag: [tags.keyword, tags.controlKeyword, tags.definitionKeyword, tags.moduleKeyword], color: "light-dark(#8a3ab9, #d2a8ff)" },
  { tag: [tags.string, tags.special(tags.string)], color: "light-dark(#0a6b2e, #7ee2a8)" },
  { tag: [tags.number, tags.bool, tags.null], color: "light-dark(#a14600, #ffb374)" },
  { tag: [tags.comment, tags.lineComment, tags.blockComment], color: "light-dark(#5c6370, #9aa3b2)", fontStyle: "italic" },
  { tag: [tags.function(tags.variableName), tags.function(tags.propertyName), tags.definition(tags.function(tags.variableName))], color: "light-dark(#0550ae, #79c0ff)" },
  { tag: [tags.className, tags.typeName], color: "light-dark(#953800, #ffa657)" },
  { tag: tags.operator, color: "light-dark(#6e3b00, #e6c07b)" },
]);

/** The editor's frame in the app's own colours (Tailwind's CSS variables), a visible focus ring, and its own scrolling. */
const appTheme = EditorView.theme({
  "&": { backgroundColor: "var(--background)", color: "var(--foreground)", fontSize: "14px", border: "1px solid var(--input)", borderRadius: "0.375rem" },
  "&.cm-focused": { outline: "2px solid var(--ring)", outlineOffset: "2px" },
  ".cm-scroller": { fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace", lineHeight: "1.5", minHeight: "12rem", maxHeight: "26rem", overflow: "auto" },
  ".cm-content": { caretColor: "var(--foreground)", padding: "0.5rem 0" },
  ".cm-cursor, .cm-dropCursor": { borderLeftColor: "var(--foreground)" },
  ".cm-gutters": { backgroundColor: "var(--muted)", color: "var(--muted-foreground)", border: "none", borderRight: "1px solid var(--border)" },
  ".cm-activeLine": { backgroundColor: "color-mix(in oklch, var(--muted) 55%, transparent)" },
  ".cm-activeLineGutter": { backgroundColor: "color-mix(in oklch, var(--ring) 18%, transparent)", color: "var(--foreground)" },
  "&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection": { backgroundColor: "color-mix(in oklch, var(--ring) 30%, transparent) !important" },
  ".cm-matchingBracket": { backgroundColor: "color-mix(in oklch, var(--ring) 25%, transparent)", outline: "none" },
});

/** Highlighting and indentation per language: four spaces in Python (PEP 8), two in JavaScript. */
const languageSupport = (language: CodeLanguage) => (language === "python" ? [python(), indentUnit.of("    ")] : [javascript(), indentUnit.of("  ")]);

type Props = {
  language: CodeLanguage;
  value: string;
  onChange: (value: string) => void;
  /** Ids of the visible label and hint (the editor is a textbox named and described by them). */
  labelledBy: string;
  describedBy: string;
  readOnly?: boolean;
};

export function CodeEditor({ language, value, onChange, labelledBy, describedBy, readOnly = false }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const onChangeNow = useRef(onChange);
  onChangeNow.current = onChange;
  const languageSlot = useRef(new Compartment());
  const readOnlySlot = useRef(new Compartment());

  // One editor for the panel's life; language, text and read-only changes are applied to it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: created once; later props are applied by the effects below
  useEffect(() => {
    if (!host.current) return;
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          highlightActiveLineGutter(),
          history(),
          drawSelection(),
          indentOnInput(),
          bracketMatching(),
          highlightActiveLine(),
          EditorState.tabSize.of(4),
          syntaxHighlighting(highlight),
          keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
          languageSlot.current.of(languageSupport(language)),
          readOnlySlot.current.of(EditorState.readOnly.of(readOnly)),
          appTheme,
          EditorView.contentAttributes.of({ "aria-labelledby": labelledBy, "aria-describedby": describedBy, "aria-multiline": "true", "data-testid": "code-input" }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) onChangeNow.current(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
  }, []);

  useEffect(() => {
    view.current?.dispatch({ effects: languageSlot.current.reconfigure(languageSupport(language)) });
  }, [language]);

  useEffect(() => {
    view.current?.dispatch({ effects: readOnlySlot.current.reconfigure(EditorState.readOnly.of(readOnly)) });
  }, [readOnly]);

  // Text set from outside (another language's draft, Reset): replace the document.
  useEffect(() => {
    const editor = view.current;
    if (editor && editor.state.doc.toString() !== value) editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
  }, [value]);

  return <div ref={host} className="min-w-0" data-testid="code-editor" />;
}
