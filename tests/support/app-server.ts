// Starts the production build (`next start`, from .next) as a child process on its own port
// and database, for tests and benchmarks that restart, kill or multiply servers.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";

export type ServerEnv = { DATABASE_URL: string; AUTH_SECRET: string } & Record<string, string>;

/** Migrates and (with SEED_DEMO) seeds the database, as `npm start` does before `next start`. */
export function prepareDatabase(env: ServerEnv): void {
  const r = spawnSync("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/db-prepare.ts"], { env: { ...process.env, ...env }, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`db:prepare failed:\n${r.stdout}\n${r.stderr}`);
}

export class AppServer {
  private child: ChildProcess | null = null;
  output = "";

  constructor(
    readonly port: number,
    private readonly env: ServerEnv,
    /** Extra node flags, e.g. --cpu-prof for a profile of the server. */
    private readonly nodeArgs: string[] = [],
  ) {}

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(timeoutMs = 60_000): Promise<void> {
    // node directly (not npx), so a SIGKILL hits the server itself and nothing survives it.
    this.child = spawn(process.execPath, [...this.nodeArgs, "node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(this.port)], {
      env: { ...process.env, NODE_ENV: "production", ...this.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.child.stdout!.on("data", (d) => (this.output += d));
    this.child.stderr!.on("data", (d) => (this.output += d));
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`server on ${this.port} exited:\n${this.output}`);
      try {
        if ((await fetch(`${this.url}/api/health`)).ok) return;
      } catch {
        /* not listening yet */
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`server on ${this.port} did not become healthy:\n${this.output}`);
  }

  /** Stops the server: SIGKILL is a crash (no shutdown code runs), SIGTERM a clean stop. */
  async stop(signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill(signal);
    await exited;
    this.child = null;
  }
}
