// The fixed train / held-out split, by question: every other question id in sorted order,
// so no question's answers are on both sides. Anything fitted on this data uses "train" only.
import { readFileSync } from "node:fs";
import path from "node:path";

let order: Map<string, number> | null = null;

export function splitOf(questionId: string): "train" | "heldout" {
  if (!order) {
    const text = readFileSync(path.join(process.cwd(), "bench", "data", "asag-mohler", "questions.csv"), "utf8");
    const ids = text
      .split(/\r?\n/)
      .slice(1)
      .map((l) => l.split(",")[0]!)
      .filter(Boolean);
    const key = (id: string) => id.split(".").map(Number);
    ids.sort((a, b) => key(a)[0]! - key(b)[0]! || key(a)[1]! - key(b)[1]!);
    order = new Map(ids.map((id, i) => [id, i]));
  }
  return (order.get(questionId) ?? 0) % 2 === 0 ? "train" : "heldout";
}
