// Offline follow-ups read as English for every key point of the demo bank and of a real-world
// bank (Mohler et al.'s 87 CS questions, whose key points are derived from the reference answers).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readCsvRows } from "@/lib/csv/rows";
import { offlineFollowUp } from "@/lib/grading/follow-up";
import { deriveKeyPoints, keyPointsFor } from "@/lib/grading/key-points";
import { shapeOf, tidyPoint } from "@/lib/grading/phrasing";
import { DEMO_TOPICS } from "../../../prisma/seed-data";

const MOHLER = readCsvRows(readFileSync(path.join(process.cwd(), "bench/data/asag-mohler/questions.csv"), "utf8"))
  .slice(1)
  .map((r) => ({ question: r.cells[1]!, reference: r.cells[2]! }));
const DEMO_POINTS = DEMO_TOPICS.flatMap((t) => t.questions.flatMap((q) => q.keyPoints));
const MOHLER_POINTS = MOHLER.flatMap((q) => keyPointsFor({ keyPoints: [], referenceAnswer: q.reference }));
const ALL_POINTS = [...DEMO_POINTS, ...MOHLER_POINTS];

/** What a reader would trip over; [] when the sentence reads cleanly. */
function smells(text: string, point: string): string[] {
  const found: string[] = [];
  // "by" followed by an adverb or by nothing: the point was cut mid-clause.
  if (/\bby\s+\w+ly\b/.test(text) || /\bby\s*[.?!,”]/.test(text)) found.push("dangling 'by'");
  // "mention where …", "about where …": a lower-case SQL keyword read as a question word.
  if (/\b(?:mention|about|on|that|explain)\s+(?:where|having)\b/.test(text)) found.push("'where' as a keyword");
  const doubled = text.match(/\b(\w+)\s+\1\b/i);
  if (doubled && !/^\d+$/.test(doubled[1]!)) found.push(`doubled '${doubled[1]}'`);
  // A capitalised ordinary word mid-sentence ("expand on A RESTful API", "mention Indexing").
  const ownCapitals = new Set(point.split(/\s+/).slice(1));
  const tokens = text.split(/\s+/);
  tokens.forEach((w, i) => {
    if (i === 0 || /[.?!:]["”]?$/.test(tokens[i - 1]!)) return;
    const clean = w.replace(/^[“"(]+|[,.?!:;”")]+$/g, "");
    if ((/^[A-Z][a-z]+(?:-[a-z]+)*$/.test(clean) || clean === "A") && !ownCapitals.has(clean)) found.push(`capital '${clean}' mid-sentence`);
  });
  return found;
}

describe("offline follow-ups", () => {
  it("read cleanly for every key point of the demo and Mohler banks, with every template", () => {
    const problems: string[] = [];
    for (const point of ALL_POINTS)
      for (let turn = 0; turn < 3; turn++) {
        const text = offlineFollowUp(point, turn);
        for (const s of smells(text, point)) problems.push(`${s}: ${text}`);
        if (!text.endsWith("?")) problems.push(`not a question: ${text}`);
      }
    expect(problems).toEqual([]);
  });

  it("uses the whole key point, never a cut subject", () => {
    for (const point of ALL_POINTS) expect(offlineFollowUp(point, 1)).toContain(tidyPoint(point));
  });

  it("fits each template to the point's shape", () => {
    expect(offlineFollowUp("a stack is last in first out", 0)).toBe("Your answer did not mention that a stack is last in first out. Can you explain why that is?");
    expect(offlineFollowUp("A RESTful API", 2)).toBe("Be as specific as you can, with an example: how would you expand on a RESTful API?");
    expect(offlineFollowUp("where filters rows before grouping", 0)).toContain("that WHERE filters rows before grouping");
    expect(offlineFollowUp("having filters groups after group by", 0)).toContain("HAVING filters groups after GROUP BY");
    expect(offlineFollowUp("Indexing speeds up data retrieval operations by effectively reducing disk reads", 0)).toContain(
      "indexing speeds up data retrieval operations by effectively reducing disk reads",
    );
    expect(offlineFollowUp("At the main function", 0)).toContain("“at the main function”");
    expect(offlineFollowUp("Dijkstra's algorithm", 0)).toContain("about Dijkstra's algorithm");
    expect(shapeOf("linked lists use extra memory for pointers")).toBe("clause");
    expect(shapeOf("abstraction and reusability")).toBe("noun");
    expect(shapeOf("use a lock or mutex around the critical section")).toBe("other");
  });

  it("falls back to a general probe when no point was missed", () => {
    expect(offlineFollowUp(undefined, 0)).toMatch(/^Can you go deeper/);
  });
});

describe("derived key points", () => {
  const BOUNDARY = /^(?:[.!?;]|,\s+(?:so|but|whereas|while|and|yet)\s|\s*$)/i;

  it("are whole sentences or whole clauses of the reference, never cut mid-clause", () => {
    const problems: string[] = [];
    for (const { reference } of MOHLER)
      for (const point of deriveKeyPoints(reference)) {
        const at = reference.indexOf(point);
        if (at < 0) problems.push(`not in the reference: ${point}`);
        else if (!BOUNDARY.test(reference.slice(at + point.length))) problems.push(`cut: ${point} | ${reference.slice(at + point.length, at + point.length + 30)}`);
        if (/^(?:which|who|is|are|e\.|e\.,)\b/i.test(point)) problems.push(`starts mid-sentence: ${point}`);
      }
    expect(problems).toEqual([]);
  });

  it("split a long sentence only where both halves are clauses, and keep abbreviations inside their sentence", () => {
    expect(
      deriveKeyPoints(
        "An array stores its elements next to each other in memory, so any element can be reached by its index in constant time, but inserting in the middle requires shifting elements, which takes linear time.",
      ),
    ).toEqual([
      "An array stores its elements next to each other in memory",
      "any element can be reached by its index in constant time",
      "inserting in the middle requires shifting elements, which takes linear time",
    ]);
    expect(deriveKeyPoints("A signature has parts, i. e., the name and the parameter types. It identifies the function.")).toEqual([
      "A signature has parts, i. e., the name and the parameter types",
      "It identifies the function",
    ]);
  });
});
