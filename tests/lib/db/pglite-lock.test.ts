import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { acquirePgliteLock } from "@/lib/db/pglite-lock";

describe("PGlite data-folder lock", () => {
  it("refuses a folder held by another live process, with an actionable message", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "lock-"));
    writeFileSync(path.join(dir, "app.pid"), String(process.ppid));
    expect(() => acquirePgliteLock(dir)).toThrow(/in use by process .*npm run dev/);
  });

  it("takes over a lock left by a process that died", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "lock-"));
    writeFileSync(path.join(dir, "app.pid"), "999999");
    const release = acquirePgliteLock(dir);
    expect(() => acquirePgliteLock(dir)).not.toThrow(); // same process may re-acquire
    release();
  });
});
