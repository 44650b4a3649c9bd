// Runs the adversarial suite (bench/adversarial/cases.ts) through a grader and prints how often
// its verdict agrees with the teacher's, per category, with the two hard targets of issue 14.
import { type AdversarialCase, type AdversarialQuestion, CASES, CATEGORIES, QUESTIONS, type Verdict } from "./cases";

export type AdversarialGrade = (question: AdversarialQuestion, answer: string) => { verdict: Verdict; score: number };

export type Disagreement = { index: number; questionId: string; category: string; expected: Verdict; got: Verdict; score: number; answer: string };

export type AdversarialResult = {
  agree: number;
  total: number;
  byCategory: Record<string, { agree: number; total: number }>;
  disagreements: Disagreement[];
  /** Keyword-salad, meaning-swap and antonym-swap answers graded strong (target 0). */
  strongSaladOrSwap: number;
  /** Negated references not graded wrong (target 0). */
  negatedNotWrong: number;
};

const SALAD_OR_SWAP = new Set<string>(["keyword-salad", "meaning-swap", "antonym-swap"]);

export function runAdversarial(grade: AdversarialGrade, cases: AdversarialCase[] = CASES, questions: AdversarialQuestion[] = QUESTIONS): AdversarialResult {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const byCategory: AdversarialResult["byCategory"] = {};
  for (const c of CATEGORIES) byCategory[c] = { agree: 0, total: 0 };
  const result: AdversarialResult = { agree: 0, total: 0, byCategory, disagreements: [], strongSaladOrSwap: 0, negatedNotWrong: 0 };

  cases.forEach((c, i) => {
    const question = byId.get(c.questionId);
    if (!question) throw new Error(`adversarial case ${i + 1}: no question "${c.questionId}"`);
    const { verdict, score } = grade(question, c.answer);
    const row = byCategory[c.category] ?? { agree: 0, total: 0 };
    byCategory[c.category] = row;
    row.total++;
    result.total++;
    if (verdict === c.expected) {
      row.agree++;
      result.agree++;
    } else {
      result.disagreements.push({ index: i + 1, questionId: c.questionId, category: c.category, expected: c.expected, got: verdict, score, answer: c.answer });
    }
    if (SALAD_OR_SWAP.has(c.category) && verdict === "strong") result.strongSaladOrSwap++;
    if (c.category === "negated-reference" && verdict !== "wrong") result.negatedNotWrong++;
  });
  return result;
}

const pct = (k: number, n: number) => (n ? Math.round((100 * k) / n) : 0);
const oneLine = (s: string, max: number) => {
  const flat = s.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
};

export function printAdversarial(result: AdversarialResult, label = "offline grader"): void {
  const { agree, total } = result;
  console.log(`adversarial: ${agree} of ${total} agree (${pct(agree, total)} %, ${label}) — target ≥ 85 %`);
  for (const [category, { agree: k, total: n }] of Object.entries(result.byCategory)) {
    if (n === 0) continue;
    console.log(`  ${category.padEnd(22)} ${String(k).padStart(3)} of ${String(n).padEnd(3)} (${String(pct(k, n)).padStart(3)} %)`);
  }
  const mark = (n: number) => (n === 0 ? "ok" : "MISSED");
  console.log(`  keyword salad + meaning/antonym swaps graded STRONG: ${result.strongSaladOrSwap} (target 0) ${mark(result.strongSaladOrSwap)}`);
  console.log(`  negated references not graded WRONG: ${result.negatedNotWrong} (target 0) ${mark(result.negatedNotWrong)}`);
  if (result.disagreements.length === 0) return;
  console.log(`  disagreements (${result.disagreements.length}):`);
  for (const d of result.disagreements) {
    console.log(
      `  #${String(d.index).padEnd(3)} ${d.questionId.padEnd(15)} ${d.category.padEnd(22)} ${d.expected} → ${d.got} ${String(Math.round(d.score)).padStart(3)}  "${oneLine(d.answer, 80)}"`,
    );
  }
}
