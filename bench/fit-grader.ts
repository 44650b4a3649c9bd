// npm run bench:fit-grader — fits the offline grader's calibration (linear weights over
// lib/grading/features.ts and the verdict thresholds) on the TRAIN half of the Mohler data
// only, and prints the constants for lib/grading/calibration.ts.
import { features } from "../lib/grading/features";
import { humanLabel, macroF1, type Label } from "./metrics";
import { loadMohler } from "./mohler";

const { items, idf } = loadMohler();
const train = items.filter((i) => i.split === "train");

const KEYS = ["recall", "precision", "chars", "length"] as const;
const X = train.map((t) => [1, ...KEYS.map((k) => features(t.question, t.reference, t.answer, idf)[k])]);
const y = train.map((t) => (t.human / 5) * 100);

// Ridge-regularised least squares (normal equations, Gaussian elimination).
const k = X[0]!.length;
const A = Array.from({ length: k }, () => new Array<number>(k).fill(0));
const b = new Array<number>(k).fill(0);
X.forEach((row, n) => {
  row.forEach((v, i) => {
    b[i]! += v * y[n]!;
    row.forEach((w, j) => {
      A[i]![j]! += v * w;
    });
  });
});
for (let i = 1; i < k; i++) A[i]![i]! += 1e-2;
for (let p = 0; p < k; p++) {
  for (let r = p + 1; r < k; r++) {
    const f = A[r]![p]! / A[p]![p]!;
    for (let c = p; c < k; c++) A[r]![c]! -= f * A[p]![c]!;
    b[r]! -= f * b[p]!;
  }
}
const w = new Array<number>(k).fill(0);
for (let r = k - 1; r >= 0; r--) w[r] = (b[r]! - A[r]!.slice(r + 1).reduce((s, a, j) => s + a * w[r + 1 + j]!, 0)) / A[r]![r]!;

const predict = (row: number[]) =>
  Math.max(
    0,
    Math.min(
      100,
      row.reduce((s, v, i) => s + v * w[i]!, 0),
    ),
  );
const scores = X.map(predict);
const truth = train.map((t) => humanLabel(t.human));
let best = { f1: -1, strong: 0, wrong: 0 };
for (let wrong = 10; wrong <= 70; wrong += 1)
  for (let strong = wrong + 5; strong <= 95; strong += 1) {
    const labels: Label[] = scores.map((s) => (s >= strong ? "strong" : s >= wrong ? "shallow" : "wrong"));
    const f1 = macroF1(truth, labels);
    if (f1 > best.f1) best = { f1, strong, wrong };
  }

console.log(`fitted on ${train.length} train answers (${new Set(train.map((t) => t.question)).size} questions)`);
console.log(`export const WEIGHTS = { intercept: ${w[0]!.toFixed(2)}, ${KEYS.map((key, i) => `${key}: ${w[i + 1]!.toFixed(2)}`).join(", ")} };`);
console.log(`export const THRESHOLDS = { strong: ${best.strong}, wrong: ${best.wrong} }; // train macro-F1 ${best.f1.toFixed(3)}`);

// Step 2: verdict thresholds on the grader's own overall score and key-point coverage, train half only.
const { gradeOffline } = await import("../lib/grading/offline");
const graded = train.map((t) => gradeOffline({ text: t.question, referenceAnswer: t.reference, keyPoints: [] }, t.answer, { idf }));
let fit = { f1: -1, strong: 0, wrong: 0, strongCoverage: 0 };
for (const strongCoverage of [0, 0.25, 0.34, 0.5, 0.6])
  for (let wrongT = 5; wrongT <= 60; wrongT++)
    for (let strongT = wrongT + 5; strongT <= 95; strongT++) {
      const labels: Label[] = graded.map((e) => {
        const share = e.covered.length / Math.max(1, e.covered.length + e.missed.length);
        if (e.verdict === "wrong" && e.scores.relevance < 15) return "wrong";
        return e.scores.overall < wrongT ? "wrong" : e.scores.overall >= strongT && share >= strongCoverage ? "strong" : "shallow";
      });
      const f1 = macroF1(truth, labels);
      if (f1 > fit.f1) fit = { f1, strong: strongT, wrong: wrongT, strongCoverage };
    }
console.log(`export const THRESHOLDS = { strong: ${fit.strong}, wrong: ${fit.wrong}, strongCoverage: ${fit.strongCoverage} }; // train macro-F1 ${fit.f1.toFixed(3)}`);
