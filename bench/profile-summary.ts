// npm run bench:profile -- <file.cpuprofile> [--top 25]
// Where a CPU profile's time went (e.g. one written by `BENCH_PROFILE_DIR=… npm run bench:load`):
// self time by package (or app folder) and by function, idle time left out of the shares.
import { readFileSync } from "node:fs";

type Frame = { functionName: string; url: string; lineNumber: number };
type Profile = { nodes: { id: number; callFrame: Frame }[]; samples: number[]; timeDeltas: number[] };

const file = process.argv[2];
if (!file) {
  console.error("usage: npm run bench:profile -- <file.cpuprofile> [--top 25]");
  process.exit(1);
}
const topIndex = process.argv.indexOf("--top");
const TOP = topIndex > 0 ? Number(process.argv[topIndex + 1]) : 25;
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));

/** The package a frame's code belongs to, or the app folder, or what V8 calls it (GC, idle, a native). */
function ownerOf(frame: Frame): string {
  const url = frame.url.replace(/^file:\/\//, "");
  const modules = url.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const parts = url.slice(modules + "node_modules/".length).split("/");
    return parts[0]!.startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  if (url.includes("/.next/server/")) return `next bundle: ${url.split("/").pop()}`;
  if (url.startsWith("node:")) return url.replace(/^node:(internal\/)?/, "node:").split("/")[0]!;
  if (!url) return frame.functionName.startsWith("(") ? frame.functionName : "native";
  const local = url.split("/work/").pop()!.split("/").slice(1);
  return local.length > 1 ? `${local[0]}/${local[1]}` : local.join("/");
}

const byOwner = new Map<string, number>();
const byFunction = new Map<string, number>();
let total = 0;
let idle = 0;
profile.samples.forEach((id, i) => {
  const frame = frames.get(id)!;
  const us = profile.timeDeltas[i] ?? 0;
  if (frame.functionName === "(idle)") {
    idle += us;
    return;
  }
  total += us;
  const owner = ownerOf(frame);
  byOwner.set(owner, (byOwner.get(owner) ?? 0) + us);
  const name = `${frame.functionName || "(anonymous)"} · ${owner}${frame.lineNumber >= 0 ? `:${frame.lineNumber + 1}` : ""}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + us);
});

const show = (title: string, m: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${((v / total) * 100).toFixed(1).padStart(5)}%  ${k}`);
};
console.log(`${file}: ${(total / 1000).toFixed(0)} ms on the CPU, ${(idle / 1000).toFixed(0)} ms idle`);
show("self time by package or app folder", byOwner);
show("self time by function", byFunction);
