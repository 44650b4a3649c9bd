// Agreement statistics for the grader benchmark.
export type Label = "strong" | "shallow" | "wrong";
export const LABELS: Label[] = ["wrong", "shallow", "strong"];

export function pearson(x: number[], y: number[]): number {
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0,
    sxx = 0,
    syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

function ranks(v: number[]): number[] {
  const order = v.map((value, i) => ({ value, i })).sort((a, b) => a.value - b.value);
  const r = new Array<number>(v.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]!.value === order[i]!.value) j++;
    for (let k = i; k <= j; k++) r[order[k]!.i] = (i + j) / 2 + 1; // ties share the mean rank
    i = j + 1;
  }
  return r;
}

export const spearman = (x: number[], y: number[]) => pearson(ranks(x), ranks(y));

export function confusion(truth: Label[], predicted: Label[]): number[][] {
  const m = LABELS.map(() => LABELS.map(() => 0));
  truth.forEach((t, i) => {
    m[LABELS.indexOf(t)]![LABELS.indexOf(predicted[i]!)]!++;
  });
  return m;
}

/** Quadratic weighted kappa over the ordered labels wrong < shallow < strong. */
export function qwk(truth: Label[], predicted: Label[]): number {
  const k = LABELS.length;
  const o = confusion(truth, predicted);
  const n = truth.length;
  const rowSum = o.map((r) => r.reduce((a, b) => a + b, 0));
  const colSum = LABELS.map((_, j) => o.reduce((a, r) => a + r[j]!, 0));
  let num = 0,
    den = 0;
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++) {
      const w = (i - j) ** 2 / (k - 1) ** 2;
      num += w * o[i]![j]!;
      den += (w * rowSum[i]! * colSum[j]!) / n;
    }
  return 1 - num / den;
}

export function macroF1(truth: Label[], predicted: Label[]): number {
  const m = confusion(truth, predicted);
  const f1s = LABELS.map((_, c) => {
    const tp = m[c]![c]!;
    const fp = m.reduce((a, r, i) => a + (i === c ? 0 : r[c]!), 0);
    const fn = m[c]!.reduce((a, v, j) => a + (j === c ? 0 : v), 0);
    return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  });
  return f1s.reduce((a, b) => a + b, 0) / f1s.length;
}

export const humanLabel = (score05: number): Label => (score05 >= 4 ? "strong" : score05 >= 2 ? "shallow" : "wrong");
