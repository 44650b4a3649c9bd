// The Mohler et al. (2011) data set as every grader benchmark reads it: one item per
// human-graded answer, with its question, reference answer and split (bench/split.ts), and the
// word weights built over the questions' bank (question + reference, as the app builds a topic's).
import { readFileSync } from "node:fs";
import path from "node:path";
import { readCsvRows } from "../lib/csv/rows";
import { buildIdf, type Idf } from "../lib/grading/features";
import { splitOf } from "./split";

export type MohlerItem = { qid: string; question: string; reference: string; answer: string; human: number; split: "train" | "heldout" };

export function loadMohler(): { items: MohlerItem[]; idf: Idf } {
  const dir = path.join(process.cwd(), "bench", "data", "asag-mohler");
  const read = (f: string) =>
    readCsvRows(readFileSync(path.join(dir, f), "utf8"))
      .slice(1)
      .map((r) => r.cells);
  const questions = new Map(read("questions.csv").map(([id, q, a]) => [id!, { question: q!, reference: a! }]));
  const items = read("answers.csv").map(([id, answer, score]) => ({ qid: id!, ...questions.get(id!)!, answer: answer!, human: Number(score), split: splitOf(id!) }));
  return { items, idf: buildIdf([...questions.values()].map((q) => `${q.question} ${q.reference}`)) };
}
