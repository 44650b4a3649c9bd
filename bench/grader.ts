// npm run bench:grader — the offline grader against 2,442 human-graded answers (Mohler et
// al. 2011), next to a plain word-overlap baseline; the held-out half of the questions is
// reported separately. With LLM_* set, the configured model is measured the same way.
import "../scripts/load-env";
import { buildIdf } from "../lib/grading/features";
import { gradeOffline } from "../lib/grading/offline";
import { terms } from "../lib/grading/text";
import { QUESTIONS as ADVERSARIAL_QUESTIONS } from "./adversarial/cases";
import { printAdversarial, runAdversarial } from "./adversarial/run";
import { confusion, humanLabel, LABELS, macroF1, pearson, qwk, spearman, type Label } from "./metrics";
import { formatSweep, kSweep, SWEEP_KS } from "./k-sweep";
import { loadMohler, type MohlerItem } from "./mohler";

type Item = MohlerItem;

/** The baseline: share of the reference's content words that the answer contains. */
function overlapBaseline(item: Item): number {
  const ref = [...new Set(terms(item.reference))];
  const ans = new Set(terms(item.answer));
  return ref.length ? (100 * ref.filter((t) => ans.has(t)).length) / ref.length : 0;
}
const baselineLabel = (s: number): Label => (s >= 50 ? "strong" : s >= 20 ? "shallow" : "wrong");

type Prediction = { score: number; label: Label };

function report(name: string, items: Item[], predict: (i: Item) => Prediction) {
  for (const part of ["all", "heldout"] as const) {
    const subset = part === "all" ? items : items.filter((i) => i.split === "heldout");
    const preds = subset.map(predict);
    const human = subset.map((i) => i.human);
    const truth = subset.map((i) => humanLabel(i.human));
    const labels = preds.map((p) => p.label);
    const m = confusion(truth, labels);
    console.log(
      `${name.padEnd(24)} ${part.padEnd(8)} n=${String(subset.length).padEnd(5)} Pearson ${pearson(
        preds.map((p) => p.score),
        human,
      ).toFixed(3)} · Spearman ${spearman(
        preds.map((p) => p.score),
        human,
      ).toFixed(3)} · QWK ${qwk(truth, labels).toFixed(3)} · macro-F1 ${macroF1(truth, labels).toFixed(3)}`,
    );
    if (part === "heldout") console.log(`${"".padEnd(33)}confusion (rows human ${LABELS.join("/")}, cols predicted): ${m.map((r) => `[${r.join(" ")}]`).join(" ")}`);
  }
}

async function main() {
  const { items, idf } = loadMohler();
  const heldout = items.filter((i) => i.split === "heldout");
  console.log(
    `Mohler et al. 2011: ${new Set(items.map((i) => i.qid)).size} questions, ${items.length} answers; held-out half: ${new Set(heldout.map((i) => i.qid)).size} questions, ${heldout.length} answers.`,
  );
  console.log("Human score 0–5 → strong ≥ 4, shallow 2–<4, wrong < 2. Correlations use the graders' 0–100 score.\n");

  report("word-overlap baseline", items, (i) => {
    const s = overlapBaseline(i);
    return { score: s, label: baselineLabel(s) };
  });
  // `idf`: from the bank of questions and reference answers only, as a topic's bank gives at run time.
  const t0 = performance.now();
  const offline = new Map(items.map((i) => [i, gradeOffline({ text: i.question, referenceAnswer: i.reference, keyPoints: [] }, i.answer, { idf })]));
  const perAnswer = (performance.now() - t0) / items.length;
  report("offline grader", items, (i) => ({ score: offline.get(i)!.scores.overall, label: offline.get(i)!.verdict }));
  console.log(`\noffline grader speed: ${perAnswer.toFixed(2)} ms per answer (target ≤ 5 ms)`);

  // Learning from the instructor: k human-graded answers per held-out question as examples.
  console.log("\nexamples (offline grader with k instructor-graded answers per question; held-out half, same answers for every k):");
  for (const k of SWEEP_KS) console.log(`  ${formatSweep(kSweep(heldout, k, idf))}`);

  // Hand-written adversarial answers, graded as the engine calls the offline grader: IDF over the
  // suite's own bank of questions (lib/interview/grading-idf.ts builds a topic's the same way).
  console.log("");
  const suiteIdf = buildIdf(ADVERSARIAL_QUESTIONS.map((q) => `${q.text} ${q.referenceAnswer}`));
  printAdversarial(
    runAdversarial((q, answer) => {
      const e = gradeOffline({ text: q.text, referenceAnswer: q.referenceAnswer, keyPoints: q.keyPoints }, answer, { idf: suiteIdf });
      return { verdict: e.verdict, score: e.scores.overall };
    }),
  );

  const { modelBenchmark } = await import("./grader-model");
  await modelBenchmark(items, report);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error("bench:grader failed:", error);
    process.exit(1);
  },
);
