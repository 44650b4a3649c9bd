import { mkdtempSync, statSync, writeFileSync, chmodSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { appendPrivateFile, makePrivateDir } from "@/lib/private-files";

const mode = (p: string) => statSync(p).mode & 0o777;

describe("private files", () => {
  it("creates the secrets file 0600 and tightens an existing one", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "private-"));
    const fresh = path.join(dir, ".env.local");
    appendPrivateFile(fresh, "AUTH_SECRET=x\n");
    expect(mode(fresh)).toBe(0o600);
    const old = path.join(dir, "old.env");
    writeFileSync(old, "A=1\n", { mode: 0o644 });
    appendPrivateFile(old, "AUTH_SECRET=y\n");
    expect(mode(old)).toBe(0o600);
  });

  it("creates the database folder and its missing parents 0700, and tightens an existing one", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "private-"));
    makePrivateDir(path.join(dir, ".data", "pglite"));
    expect(mode(path.join(dir, ".data"))).toBe(0o700);
    expect(mode(path.join(dir, ".data", "pglite"))).toBe(0o700);
    const open = path.join(dir, "open");
    mkdirSync(open);
    chmodSync(open, 0o755);
    makePrivateDir(open);
    expect(mode(open)).toBe(0o700);
  });
});
