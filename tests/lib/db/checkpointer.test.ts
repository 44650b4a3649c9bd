// Several fresh server instances set up the checkpoint tables at once (their first
// interviews arrive together): every one must succeed.
import { describe, expect, it } from "vitest";
import { createCheckpointer } from "@/lib/db/checkpointer";
import { resolveDbConfig } from "@/lib/db/config";
import { openDatabase } from "@/lib/db/open";

describe.skipIf(!process.env.TEST_POSTGRES_URL)("checkpointer setup on PostgreSQL", () => {
  it("is safe when four instances run it at the same time on a new database", async () => {
    const config = resolveDbConfig(process.env.DATABASE_URL);
    const instances = await Promise.all(Array.from({ length: 4 }, () => openDatabase(config, { poolMax: 2 })));
    try {
      const results = await Promise.allSettled(instances.map((db) => createCheckpointer(db)));
      expect(results.map((r) => (r.status === "rejected" ? String(r.reason) : "ok"))).toEqual(["ok", "ok", "ok", "ok"]);
    } finally {
      await Promise.all(instances.map((db) => db.close()));
    }
  });
});
