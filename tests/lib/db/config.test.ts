import path from "node:path";
import { describe, expect, it } from "vitest";
import { redactUrl, resolveDbConfig } from "@/lib/db/config";

describe("resolveDbConfig", () => {
  it("defaults to embedded PGlite in ./.data/pglite", () => {
    expect(resolveDbConfig(undefined, "/app")).toEqual({ kind: "pglite", dataDir: path.resolve("/app/.data/pglite") });
  });
  it("reads pglite:<dir> and pglite:memory", () => {
    expect(resolveDbConfig("pglite:./db", "/app")).toEqual({ kind: "pglite", dataDir: path.resolve("/app/db") });
    expect(resolveDbConfig("pglite:/var/lib/app", "/app")).toEqual({ kind: "pglite", dataDir: "/var/lib/app" });
    expect(resolveDbConfig("pglite:memory")).toEqual({ kind: "pglite", dataDir: "memory" });
  });
  it("uses PostgreSQL for postgres:// and postgresql:// URLs", () => {
    expect(resolveDbConfig("postgres://u:p@h/db")).toEqual({ kind: "postgres", url: "postgres://u:p@h/db" });
    expect(resolveDbConfig("postgresql://h/db").kind).toBe("postgres");
  });
  it("rejects other schemes with a message naming the supported ones", () => {
    expect(() => resolveDbConfig("mysql://h/db")).toThrow(/pglite:<dir> or postgres/);
  });
  it("never prints a password", () => {
    expect(redactUrl("postgres://user:hunter2@db.example.com:5432/app")).toBe("db.example.com:5432/app");
  });
});
