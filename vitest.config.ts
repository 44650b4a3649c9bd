import { spawnSync } from "node:child_process";
import tsconfigPaths from "vite-tsconfig-paths";
import { defineConfig, type TestProjectConfiguration } from "vitest/config";

const shared = {
  plugins: [tsconfigPaths()],
  resolve: { alias: { "server-only": new URL("./tests/support/empty.ts", import.meta.url).pathname } },
};

// The data-layer suite runs twice: on embedded PGlite, and on a throwaway PostgreSQL
// cluster when the server binaries are installed.
function postgresProject(): TestProjectConfiguration[] {
  const probe = spawnSync("sh", ["-c", "command -v initdb && command -v pg_ctl"], { encoding: "utf8" });
  const rootWithoutUser = process.getuid?.() === 0 && spawnSync("id", ["postgres"]).status !== 0;
  if (probe.status !== 0 || rootWithoutUser) {
    console.log("[tests] PostgreSQL server binaries (initdb/pg_ctl) not usable here: skipping the PostgreSQL run of the data-layer tests.");
    return [];
  }
  return [
    {
      ...shared,
      test: {
        name: "postgres",
        include: ["tests/lib/db/**/*.test.ts", "tests/lib/auth/credentials.test.ts", "tests/lib/interview/**/*.test.ts", "tests/lib/email/digest.test.ts"],
        globalSetup: ["tests/support/postgres-global-setup.ts"],
        setupFiles: ["tests/support/db-setup.ts"],
        testTimeout: 30_000,
        hookTimeout: 60_000,
      },
    },
  ];
}

export default defineConfig({
  test: {
    projects: [
      {
        ...shared,
        test: {
          name: "pglite",
          include: ["tests/{lib,app,graph,prisma,components,bench}/**/*.test.ts"],
          setupFiles: ["tests/support/db-setup.ts"],
          env: { TEST_POSTGRES_URL: "" },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      ...postgresProject(),
    ],
  },
});
