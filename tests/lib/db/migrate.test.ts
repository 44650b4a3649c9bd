import { describe, expect, it } from "vitest";
import { getOpenDb } from "@/lib/db/client";
import { readMigrations } from "@/lib/db/migrate";

describe("migrations", () => {
  it("records every migration folder in Prisma's _prisma_migrations table with its checksum", async () => {
    const db = await getOpenDb();
    const files = await readMigrations();
    expect(files.length).toBeGreaterThan(0);
    const rows = await db.prisma.$queryRaw<{ migration_name: string; checksum: string; finished_at: Date | null }[]>`
      SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`;
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    expect(rows.map((r) => r.checksum)).toEqual(files.map((f) => f.checksum));
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
  });

  it("applies nothing the second time", async () => {
    const db = await getOpenDb();
    expect(await db.migrate()).toEqual([]);
  });

  it("creates the domain tables", async () => {
    const db = await getOpenDb();
    const rows = await db.prisma.$queryRaw<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`;
    const names = rows.map((r) => r.table_name);
    for (const t of ["User", "Batch", "Enrollment", "Topic", "Question", "InterviewSession", "Turn", "GradeOverride", "AuditLog", "RateLimit"]) {
      expect(names).toContain(t);
    }
  });
});
