// npm run check:bundle — what the last `next build` traced into its server functions (what
// Vercel deploys): total size, and whether the embedded database (PGlite) is in it. Exits 1
// when DATABASE_URL is PostgreSQL and PGlite was traced anyway.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const root = ".next/server";
const traced = new Set();
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) walk(full);
    else if (e.name.endsWith(".nft.json")) {
      for (const f of JSON.parse(readFileSync(full, "utf8")).files) traced.add(path.resolve(dir, f));
    }
  }
};
walk(root);
const size = (files) => [...files].reduce((n, f) => n + (statSync(f, { throwIfNoEntry: false })?.size ?? 0), 0);
const pglite = [...traced].filter((f) => /node_modules\/(@electric-sql|pglite-prisma-adapter)\//.test(f));
const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
console.log(`traced server files: ${traced.size} (${mb(size(traced))}); PGlite files among them: ${pglite.length} (${mb(size(pglite))})`);
const postgres = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "");
if (postgres && pglite.length) {
  console.error("DATABASE_URL is PostgreSQL but the build traced PGlite: check next.config.mjs outputFileTracingExcludes.");
  process.exit(1);
}
