// Layers point one way: app/ → components/ → lib/, and graph/ → lib/. The interview's domain
// types live in lib/interview/types.ts, so lib/ and components/ need nothing from graph/ (the
// graph itself is handed to lib/ at start-up, see lib/interview/engine.ts).
// Server actions live in app/; a component gets one as a prop from its page, typed with
// lib/actions/result, so components/ imports nothing from app/ either.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// None left: lib/interview/engine.ts is handed the graph's builder by the composition roots
// (instrumentation.ts, tests/support/db-setup.ts, bench/engine.ts) instead of importing graph/.
const KNOWN_BACK_ARROWS = new Set<string>();

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return /\.(ts|tsx|mts|mjs)$/.test(e.name) ? [full] : [];
  });
}

/** Static imports and re-exports (one line or several), side-effect imports, and import(). */
function importsOf(file: string, text = readFileSync(file, "utf8")): string[] {
  const pattern = /(?:^|\n)\s*(?:import|export)\b[^"';]*?\bfrom\s+["']([^"']+)["']|(?:^|\n)\s*import\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;
  return [...text.matchAll(pattern)].map((m) => (m[1] ?? m[2] ?? m[3])!);
}

/** The top folder an import lands in: "@/graph/state" → graph; "../graph" from lib/x → graph. */
function layerOf(file: string, specifier: string): string | null {
  if (specifier.startsWith("@/")) return specifier.slice(2).split("/")[0]!;
  if (!specifier.startsWith(".")) return null;
  return path.relative(process.cwd(), path.resolve(path.dirname(file), specifier)).split(path.sep)[0]!;
}

function violations(from: string, forbidden: string[]): string[] {
  return sources(from).flatMap((file) =>
    importsOf(file)
      .filter((s) => forbidden.includes(layerOf(file, s) ?? ""))
      .filter(() => !KNOWN_BACK_ARROWS.has(file))
      .map((s) => `${file} imports ${s}`),
  );
}

describe("layers point one way", () => {
  it("lib/ imports nothing from graph/, components/ or app/", () => {
    expect(violations("lib", ["graph", "components", "app"])).toEqual([]);
  });

  it("components/ imports nothing from graph/ or app/", () => {
    expect(violations("components", ["graph", "app"])).toEqual([]);
  });

  it("graph/ imports nothing from app/ or components/", () => {
    expect(violations("graph", ["app", "components"])).toEqual([]);
  });

  it("the checker sees a back-arrow when there is one", () => {
    expect(layerOf("lib/x/y.ts", "@/graph/state")).toBe("graph");
    expect(layerOf("lib/x/y.ts", "../../graph/state")).toBe("graph");
    expect(layerOf("components/x/y.tsx", "@/app/(auth)/actions")).toBe("app");
    expect(layerOf("components/x/y.tsx", "../../app/(auth)/actions")).toBe("app");
    const text = 'import "server-only";\nimport {\n  a,\n  b,\n} from "@/app/(auth)/actions";\nimport type { C } from "@/lib/c";\nexport const d = "from x";';
    expect(importsOf("components/x.tsx", text)).toEqual(["server-only", "@/app/(auth)/actions", "@/lib/c"]);
    expect(importsOf("instrumentation.ts").some((s) => layerOf("instrumentation.ts", s) === "graph")).toBe(true);
  });
});
