// Files that hold secrets or the database: readable by the app's user only. Other accounts on
// a shared machine must not read AUTH_SECRET (which would let them forge sessions) or the
// embedded database's files.
import { appendFileSync, chmodSync, mkdirSync } from "node:fs";

/** Creates `dir` (and missing parents) as 0700; an existing `dir` is tightened to 0700 too. */
export function makePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}

/** Appends to `file`, creating it as 0600; an existing file is tightened to 0600 too. */
export function appendPrivateFile(file: string, text: string): void {
  appendFileSync(file, text, { mode: 0o600 });
  chmodSync(file, 0o600);
}
