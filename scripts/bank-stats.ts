// npm run bank:stats — counts the built-in job-practice bank: questions per family and difficulty,
// the behavioural bank, the grand total, and how many questions each seniority can be asked.
import { DIFFICULTIES, SENIORITIES } from "../lib/domain";
import { seniorityRank } from "../lib/job-practice/seniority";
import { BEHAVIOURAL_BANK, type BankQuestion, ROLE_FAMILIES, TECHNICAL_BANK } from "../lib/question-bank";

// `npm run bank:stats | head` closes the pipe early: stop quietly instead of throwing EPIPE.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

type Row = { name: string; questions: BankQuestion[] };

/** Prints rows under a header: the first column left-aligned, the numbers right-aligned. */
function printTable(header: string[], rows: (string | number)[][], ruleBefore: number[] = []) {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, col) => Math.max(...cells.map((row) => row[col]!.length)));
  const line = (row: string[]) => row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join("  ");
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  console.log(line(cells[0]!));
  console.log(rule);
  cells.slice(1).forEach((row, i) => {
    if (ruleBefore.includes(i)) console.log(rule);
    console.log(line(row));
  });
}

const byDifficulty = ({ name, questions }: Row) => [name, ...DIFFICULTIES.map((d) => questions.filter((q) => q.difficulty === d).length), questions.length];

const familyRows: Row[] = ROLE_FAMILIES.map((family) => ({ name: family, questions: TECHNICAL_BANK[family] }));
const technical: Row = { name: "all technical", questions: familyRows.flatMap((r) => r.questions) };
const behavioural: Row = { name: "behavioural", questions: BEHAVIOURAL_BANK };
const everything: Row = { name: "total", questions: [...technical.questions, ...behavioural.questions] };

console.log("Questions per family and difficulty\n");
printTable(["family", ...DIFFICULTIES, "total"], [...familyRows, technical, behavioural, everything].map(byDifficulty), [familyRows.length, familyRows.length + 2]);

/** How many of the questions a candidate of this seniority can be asked (min ≤ s ≤ max). */
const openTo = (questions: BankQuestion[], rank: number) => questions.filter((q) => seniorityRank(q.seniority.min) <= rank && rank <= seniorityRank(q.seniority.max)).length;

console.log("\nQuestions open to each seniority\n");
printTable(
  ["family", ...SENIORITIES],
  [...familyRows, technical, behavioural, everything].map(({ name, questions }) => [name, ...SENIORITIES.map((s) => openTo(questions, seniorityRank(s)))]),
  [familyRows.length, familyRows.length + 2],
);
