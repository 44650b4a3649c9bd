// The offline grader's calibration, fitted on the TRAIN half of Mohler et al. (2011) by
// `npm run bench:fit-grader` (44 questions, 1,233 answers); the held-out half is reported by
// `npm run bench:grader`. The fit predicts human scores on a 0–100 scale with a large
// intercept (those graders were lenient: 72 % of answers got ≥ 4/5); we keep the weights as a
// similarity scale where the reference itself scores 100 and an unrelated answer ~0, and
// convert the fitted thresholds to that scale. Refit and update together.
import type { Features } from "./features";

export const WEIGHTS = { intercept: 51.39, recall: 7.51, precision: 14.09, chars: 28.59, length: 8.97 };

/**
 * Verdict thresholds on the overall score, and the share of key points a strong answer must
 * cover; fitted on the train half against the grader's own output (bench:fit-grader, step 2).
 */
export const THRESHOLDS = { strong: 61, wrong: 17, strongCoverage: 0 }; // train macro-F1 0.554 (refit after issue 14's checks)

const total = WEIGHTS.recall + WEIGHTS.precision + WEIGHTS.chars + WEIGHTS.length;

/** Saturation of the similarity: chosen on the train half (k = 1 beat 2, 3 and 4 there). */
const SATURATION = 1;

/**
 * 0–100: the fitted linear combination, scaled so the reference itself scores ~100, with a
 * soft ceiling so answers longer or richer than the reference keep their order instead of
 * all clipping at 100.
 */
export function calibratedSimilarity(f: Features): number {
  const v = Math.max(0, (WEIGHTS.recall * f.recall + WEIGHTS.precision * f.precision + WEIGHTS.chars * f.chars + WEIGHTS.length * f.length) / total);
  return Math.round(Math.min(100, (100 * (1 - Math.exp(-SATURATION * v))) / (1 - Math.exp(-SATURATION))));
}
