// A first one-click deploy: Vercel's Neon integration injects its own variable names (pooled
// and unpooled URLs) and nobody has typed an AUTH_SECRET. The app must run on that as is.
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { authSecret, databaseUrl, migrationDatabaseUrl, resetEnvCache } from "@/lib/env";
import { SIGNUP_PER_IP } from "@/lib/rate-limits";

const KEYS = ["SIGNUPS_PER_HOUR_PER_IP", "DATABASE_URL", "DATABASE_URL_UNPOOLED", "POSTGRES_URL", "POSTGRES_PRISMA_URL", "POSTGRES_URL_NON_POOLING", "AUTH_SECRET", "NODE_ENV"];
const saved = Object.fromEntries(KEYS.map((k) => [k, process.env[k]]));

function withEnv(values: Record<string, string>) {
  for (const k of KEYS) delete process.env[k];
  Object.assign(process.env, values);
  resetEnvCache();
}

afterEach(() => {
  for (const k of KEYS) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
  resetEnvCache();
});

const POOLED = "postgres://app:pw@ep-x-pooler.neon.tech/db?sslmode=require";
const DIRECT = "postgres://app:pw@ep-x.neon.tech/db?sslmode=require";

describe("database URLs from a Vercel database integration", () => {
  it("Neon's names: the app uses the pooled DATABASE_URL, migrations the unpooled one", () => {
    withEnv({ DATABASE_URL: POOLED, DATABASE_URL_UNPOOLED: DIRECT, NODE_ENV: "production" });
    expect(databaseUrl()).toBe(POOLED);
    expect(migrationDatabaseUrl()).toBe(DIRECT);
  });

  it("Vercel Postgres-style names without DATABASE_URL", () => {
    withEnv({ POSTGRES_URL: POOLED, POSTGRES_PRISMA_URL: `${POOLED}&pgbouncer=true`, POSTGRES_URL_NON_POOLING: DIRECT, NODE_ENV: "production" });
    expect(databaseUrl()).toBe(`${POOLED}&pgbouncer=true`);
    expect(migrationDatabaseUrl()).toBe(DIRECT);
  });

  it("an explicit embedded DATABASE_URL is never swapped for another", () => {
    withEnv({ DATABASE_URL: "pglite:.data/x", POSTGRES_URL_NON_POOLING: DIRECT });
    expect(databaseUrl()).toBe("pglite:.data/x");
    expect(migrationDatabaseUrl()).toBe("pglite:.data/x");
  });
});

describe("AUTH_SECRET on a first deploy", () => {
  it("is derived from the database credentials when unset: long, stable, and different per database", () => {
    withEnv({ DATABASE_URL: POOLED, DATABASE_URL_UNPOOLED: DIRECT, NODE_ENV: "production" });
    const first = authSecret()!;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(authSecret()).toBe(first);
    expect(first).not.toContain("pw");
    withEnv({ DATABASE_URL: POOLED.replace("pw", "other"), DATABASE_URL_UNPOOLED: DIRECT.replace("pw", "other"), NODE_ENV: "production" });
    expect(authSecret()).not.toBe(first);
  });

  it("an explicit AUTH_SECRET wins; with neither, production says what to do", () => {
    withEnv({ DATABASE_URL: POOLED, AUTH_SECRET: "x".repeat(40), NODE_ENV: "production" });
    expect(authSecret()).toBe("x".repeat(40));
    withEnv({ NODE_ENV: "production" });
    expect(() => authSecret()).toThrow(/AUTH_SECRET is not set/);
  });
});

describe("the README's Deploy button", () => {
  const readme = readFileSync("README.md", "utf8");
  const link = readme.match(/\(https:\/\/vercel\.com\/new\/clone\?([^)\s]+)\)/)?.[1];

  it("provisions a Neon database through the marketplace and asks for nothing to be typed", () => {
    expect(link).toBeTruthy();
    const params = new URLSearchParams(link!);
    const stores = JSON.parse(params.get("stores") ?? "[]") as { type: string; integrationSlug?: string; productSlug?: string }[];
    expect(stores).toContainEqual(expect.objectContaining({ type: "integration", integrationSlug: "neon", productSlug: "neon" }));
    expect(params.get("env")).toBeNull();
  });

  it("the Vercel build migrates before it builds", () => {
    const scripts = JSON.parse(readFileSync("package.json", "utf8")).scripts as Record<string, string>;
    expect(scripts["vercel-build"]).toMatch(/db:migrate.*next build/);
  });
});

describe("sign-ups per address", () => {
  it("leave room for a class signing up from one school address, and can be raised", () => {
    withEnv({});
    expect(SIGNUP_PER_IP.max).toBe(60);
    withEnv({ SIGNUPS_PER_HOUR_PER_IP: "250" });
    expect(SIGNUP_PER_IP.max).toBe(250);
  });
});
