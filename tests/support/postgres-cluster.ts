// A throwaway PostgreSQL cluster in a temp dir on a free port, for tests that need a
// real server. Returns null (with the reason) when the server binaries are missing.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "./free-port";

export type PostgresCluster = { url: string; port: number; dir: string; stop: () => void };

function which(bin: string): string | null {
  const r = spawnSync("sh", ["-c", `command -v ${bin}`], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** initdb refuses to run as root; run the server binaries as the postgres user then. */
function asServerUser(cmd: string[]): string[] {
  if (process.getuid?.() !== 0) return cmd;
  return ["runuser", "-u", "postgres", "--", ...cmd];
}

export function postgresUnavailableReason(): string | null {
  for (const bin of ["initdb", "pg_ctl"]) if (!which(bin)) return `${bin} not found on PATH`;
  if (process.getuid?.() === 0 && spawnSync("id", ["postgres"]).status !== 0) return "running as root and there is no postgres user to run the server as";
  return null;
}

export async function startPostgresCluster(): Promise<PostgresCluster | null> {
  if (postgresUnavailableReason()) return null;
  const dir = mkdtempSync(path.join(tmpdir(), "pgtest-"));
  chmodSync(dir, 0o777); // the postgres user must be able to write here when we are root
  const data = path.join(dir, "data");
  const port = await freePort();
  const run = (cmd: string[]) => {
    const [bin, ...args] = asServerUser(cmd);
    execFileSync(bin!, args, { stdio: "pipe" });
  };
  run(["initdb", "-D", data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8"]);
  run(["pg_ctl", "-D", data, "-l", path.join(dir, "server.log"), "-w", "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`, "start"]);
  const stop = () => {
    try {
      run(["pg_ctl", "-D", data, "-m", "immediate", "-w", "stop"]);
    } catch {
      /* already stopped */
    }
    rmSync(dir, { recursive: true, force: true });
  };
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, port, dir, stop };
}
