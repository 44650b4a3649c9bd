// Which database this process talks to, decided from DATABASE_URL alone.
import path from "node:path";

export type DbConfig = { kind: "pglite" /** absolute folder, or "memory" for a throwaway in-memory database */; dataDir: string } | { kind: "postgres"; url: string };

export const DEFAULT_PGLITE_DIR = ".data/pglite";

export function resolveDbConfig(databaseUrl: string | undefined, cwd: string = process.cwd()): DbConfig {
  if (!databaseUrl) return { kind: "pglite", dataDir: path.resolve(cwd, DEFAULT_PGLITE_DIR) };
  if (databaseUrl.startsWith("pglite:")) {
    const rest = databaseUrl.slice("pglite:".length).replace(/^\/\/(?=\.|\/)/, "");
    if (rest === "") return { kind: "pglite", dataDir: path.resolve(cwd, DEFAULT_PGLITE_DIR) };
    if (rest === "memory" || rest === "memory://" || rest === "//memory") return { kind: "pglite", dataDir: "memory" };
    return { kind: "pglite", dataDir: path.resolve(cwd, rest) };
  }
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) return { kind: "postgres", url: databaseUrl };
  throw new Error(`Unsupported DATABASE_URL "${databaseUrl.split(":")[0]}:…": use pglite:<dir> or postgres://…`);
}

export function describeDb(config: DbConfig): string {
  if (config.kind === "postgres") return `PostgreSQL at ${redactUrl(config.url)}`;
  return config.dataDir === "memory" ? "embedded PGlite (in memory)" : `embedded PGlite in ${path.relative(process.cwd(), config.dataDir) || "."}`;
}

/** host/db only: never print a password. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}${u.port ? `:${u.port}` : ""}${u.pathname}`;
  } catch {
    return "(unparseable url)";
  }
}
