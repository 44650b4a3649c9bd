// What the interview page shows of coding turns, read from the turns table: the pending
// question's public part (no hidden tests, no solution) and, once answered, the code with the
// server's test results beside the visible tests' expectations and the reference solution.
import { type CodeLanguage, type CodeSpec, type GradedCode, type PublicCodeSpec, publicSpec, type RunResult } from "@/lib/code/types";
import { readCodeSpec } from "./spec";

type TurnRow = { index: number; kind: "MAIN" | "FOLLOW_UP"; questionKind: string; code: unknown; answerExtra: unknown };

/** The editor's spec for a waiting coding turn, or null. */
export function pendingCode(turn: TurnRow): PublicCodeSpec | null {
  if (turn.kind !== "MAIN" || turn.questionKind !== "CODE") return null;
  const spec = readCodeSpec(turn.code);
  return spec ? publicSpec(spec) : null;
}

export type AnsweredCode = {
  language: CodeLanguage;
  source: string;
  run: RunResult;
  /** The visible tests' inputs and expectations by name (hidden ones stay hidden, even after). */
  visible: Record<string, { args: unknown[]; expected: unknown }>;
  /** The reference solution in the answer's language (or the first there is), when the question has one. */
  solution: { language: CodeLanguage; source: string } | null;
};

function gradedCodeIn(extra: unknown): GradedCode | null {
  const code = extra && typeof extra === "object" ? (extra as { code?: GradedCode }).code : undefined;
  return code && typeof code.source === "string" && code.run && Array.isArray(code.run.results) ? code : null;
}

function solutionFor(spec: CodeSpec, language: CodeLanguage): AnsweredCode["solution"] {
  const own = spec.solution[language];
  if (own) return { language, source: own };
  const other = spec.languages.find((l) => spec.solution[l]);
  return other ? { language: other, source: spec.solution[other]! } : null;
}

/** Each answered coding turn's code, results and reference solution, by turn index. */
export function answeredCode(turns: TurnRow[]): Record<number, AnsweredCode> {
  const out: Record<number, AnsweredCode> = {};
  for (const turn of turns) {
    if (turn.kind !== "MAIN" || turn.questionKind !== "CODE") continue;
    const code = gradedCodeIn(turn.answerExtra);
    const spec = readCodeSpec(turn.code);
    if (!code || !spec) continue;
    const visible = Object.fromEntries(spec.tests.filter((t) => !t.hidden).map((t) => [t.name, { args: t.args, expected: t.expected }]));
    out[turn.index] = { language: code.language, source: code.source, run: code.run, visible, solution: solutionFor(spec, code.language) };
  }
  return out;
}
