// The configured model (LLM_* env) graded the same way, when one is reachable.
import { evaluatePrompt } from "../graph/prompts";
import { keyPointsFor } from "../lib/grading/key-points";
import { evaluationSchema } from "../lib/grading/types";
import { callJson } from "../lib/llm/call";
import { modelFromEnv } from "../lib/llm/model";
import { CASES, QUESTIONS } from "./adversarial/cases";
import { printAdversarial, runAdversarial } from "./adversarial/run";
import type { Label } from "./metrics";

type Item = { question: string; reference: string; answer: string; split: "train" | "heldout" };
type Report<I> = (name: string, items: I[], predict: (i: I) => { score: number; label: Label }) => void;

export async function modelBenchmark<I extends Item>(items: I[], report: Report<I>) {
  const info = modelFromEnv();
  if (!info) {
    console.log("\nNo model configured (set LLM_MODEL with LLM_API_KEY or LLM_BASE_URL): skipping the model grader.");
    return;
  }
  const sample = items.filter((i) => i.split === "heldout");
  console.log(`\nGrading the ${sample.length} held-out answers with ${info.name}…`);
  const results = new Map<I, { score: number; label: Label }>();
  let failures = 0;
  for (const item of sample) {
    try {
      const e = await callJson(
        info.forKind("grade"),
        evaluatePrompt({
          question: item.question,
          referenceAnswer: item.reference,
          keyPoints: keyPointsFor({ keyPoints: [], referenceAnswer: item.reference }),
          answer: item.answer,
        }),
        evaluationSchema,
        { timeoutMs: info.timeoutMs, json: { state: info.json, name: "grade" } },
      );
      results.set(item, { score: e.scores.overall, label: e.verdict });
    } catch {
      failures++;
      if (failures >= 5 && results.size === 0) {
        console.log("The model is not reachable (5 failures in a row): skipping the model grader.");
        return;
      }
    }
  }
  report(`model ${info.name}`, [...results.keys()], (i) => results.get(i)!);
  console.log(`model failures: ${failures}`);

  // The adversarial suite, graded by the model the way the interview asks it (a failed call counts as a disagreement).
  const graded = new Map<string, { verdict: Label; score: number }>();
  for (const c of CASES) {
    const q = QUESTIONS.find((x) => x.id === c.questionId)!;
    try {
      const e = await callJson(
        info.forKind("grade"),
        evaluatePrompt({ question: q.text, referenceAnswer: q.referenceAnswer, keyPoints: q.keyPoints, answer: c.answer }),
        evaluationSchema,
        { timeoutMs: info.timeoutMs, json: { state: info.json, name: "grade" } },
      );
      graded.set(`${c.questionId}\n${c.answer}`, { verdict: e.verdict, score: e.scores.overall });
    } catch {
      // counted below as "no verdict"
    }
  }
  console.log("");
  printAdversarial(
    runAdversarial((q, answer) => graded.get(`${q.id}\n${answer}`) ?? { verdict: "shallow", score: -1 }),
    `model ${info.name}; ${CASES.length - graded.size} calls failed and count as shallow`,
  );
}
