// The shape of a built-in coding question and the small builders every coding question file uses
// (tests, and starters generated from the signature in both languages). Written for this project.
import { type CodeSpec, type CodeTest, entryNameIn } from "@/lib/code/types";
import type { BankQuestion } from "./types";

export type CodingBankQuestion = Omit<BankQuestion, "kind"> & { kind: "CODE"; code: CodeSpec };

/** A test the student sees and can run in the browser. */
export const visible = (name: string, args: unknown[], expected: unknown): CodeTest => ({ name, args, expected });
/** A test only the server runs, on submit. */
export const hidden = (name: string, args: unknown[], expected: unknown): CodeTest => ({ name, args, expected, hidden: true });

type Placeholder = null | boolean | number | string | [] | Record<string, never>;

function pythonLiteral(value: Placeholder): string {
  if (value === null) return "None";
  if (typeof value === "boolean") return value ? "True" : "False";
  return JSON.stringify(value);
}

/**
 * A question's code spec: the starters are the signature and a stub returning `placeholder`
 * (they load, and fail the tests), named per language as the tests will call them.
 */
export function codeSpec(spec: { entry: string; params: string[]; placeholder: Placeholder; javascript: string; python: string; tests: CodeTest[] }): CodeSpec {
  const { entry, params, placeholder } = spec;
  const python = (name: string) => entryNameIn(name, "python");
  return {
    languages: ["javascript", "python"],
    entry,
    starter: {
      javascript: `function ${entry}(${params.join(", ")}) {\n  // Your code here.\n  return ${JSON.stringify(placeholder)};\n}\n`,
      python: `def ${python(entry)}(${params.map(python).join(", ")}):\n    # Your code here.\n    return ${pythonLiteral(placeholder)}\n`,
    },
    solution: { javascript: `${spec.javascript.trim()}\n`, python: `${spec.python.trim()}\n` },
    tests: spec.tests,
  };
}
