// Prisma CLI config. Only `generate` runs through the CLI here; migrations are
// applied by lib/db/migrate.ts (see README "Migrations").
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
