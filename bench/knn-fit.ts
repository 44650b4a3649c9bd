// npm run bench:fit-examples — chooses the examples blend's constants (lib/grading/examples.ts
// EXAMPLE_FIT) on the TRAIN half of the Mohler data with k = 5 examples per question, by a grid
// search on Pearson + macro-F1, and prints the best. The held-out half is only ever reported by
// bench:grader.
import { EXAMPLE_FIT } from "../lib/grading/examples";
import { formatSweep, kSweep } from "./k-sweep";
import { loadMohler } from "./mohler";

const { items, idf } = loadMohler();
const train = items.filter((i) => i.split === "train");

const results: { fit: typeof EXAMPLE_FIT; objective: number; line: string }[] = [];
for (const power of [1, 2, 4, 6, 8])
  for (const prior of [0.25, 0.5, 1, 3])
    for (const wordShare of [0.3, 0.5, 0.7]) {
      Object.assign(EXAMPLE_FIT, { power, prior, wordShare });
      const f = kSweep(train, 5, idf);
      results.push({ fit: { ...EXAMPLE_FIT }, objective: f.pearson + f.macroF1, line: formatSweep(f) });
    }
results.sort((a, b) => b.objective - a.objective);
for (const r of results.slice(0, 5)) console.log(JSON.stringify(r.fit), r.line);
console.log(`\nbest on train: ${JSON.stringify(results[0]!.fit)}`);
