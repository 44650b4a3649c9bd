// A 200-row bank shaped like the public interview-question data sets instructors bring
// (tests/fixtures/csv/interview-bank-200.csv, made by make-interview-bank.mjs next to it).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type ParseCsvOptions, parseQuestionCsv } from "@/lib/csv/questions";

const bytes = new Uint8Array(readFileSync(path.join(process.cwd(), "tests", "fixtures", "csv", "interview-bank-200.csv")));
const parse = (options: Partial<ParseCsvOptions> = {}) => parseQuestionCsv(bytes, { existing: [], knownTopics: [], defaultTopic: "Software engineering", ...options });
const CATEGORIES = ["General Programming", "Data Structures", "Algorithms", "Databases", "Operating Systems", "Networking", "Software Design"];

describe("a real-shaped 200-question data set", () => {
  it("a data set's own Category column: every row goes into the topic imported into unless the instructor chooses otherwise", async () => {
    const p = await parse();
    expect(p.topicColumn).toMatchObject({ header: "Category", mode: "this-topic", suggestedMode: "this-topic" });
    expect(p.toAdd).toHaveLength(199);
    expect(p.toAdd.every((q) => q.topic === null)).toBe(true);
    expect(p.newTopics).toEqual([]);
  });

  it("one topic per Category value when chosen: variants folded, look-alikes merged, new topics listed", async () => {
    const p = await parse({ topicMode: "by-column" });
    const values = Object.fromEntries(p.topicColumn!.values.map((v) => [v.name, v.rows]));
    expect(Object.keys(values).sort()).toEqual([...CATEGORIES].sort());
    expect(values["General Programming"]).toBe(29); // 26 + 3 "General Program"
    expect(values["Data Structures"]).toBe(27); // 25 + 2 "data structures"
    expect(values["Operating Systems"]).toBe(29); // 28 + 1 "Operating  Systems"
    expect(p.newTopics.sort()).toEqual([...CATEGORIES].sort());
    expect(new Set(p.toAdd.map((q) => q.topic))).toEqual(new Set(CATEGORIES));
  });

  it("flags near-duplicate category names with a merge suggestion", async () => {
    const p = await parse({ topicMode: "by-column" });
    expect(p.topicColumn!.nearDuplicates).toEqual(
      expect.arrayContaining([
        { names: ["General Programming", "General Program"], into: "General Programming", rows: 29, kind: "similar", merged: true },
        { names: ["Data Structures", "data structures"], into: "Data Structures", rows: 27, kind: "case-or-spacing", merged: true },
        { names: ["Operating Systems", "Operating  Systems"], into: "Operating Systems", rows: 29, kind: "case-or-spacing", merged: true },
      ]),
    );
    expect(p.topicColumn!.nearDuplicates).toHaveLength(3);
    // Kept apart when the instructor says so.
    const apart = await parse({ topicMode: "by-column", keepSeparate: ["General Programming"] });
    expect(apart.topicColumn!.values.find((v) => v.name === "General Program")?.rows).toBe(3);
    expect(apart.newTopics).toContain("General Program");
  });

  it("reports a repeated question whose difficulty differs, naming both lines and what was kept", async () => {
    const p = await parse();
    expect(p.duplicates).toEqual([
      { line: 135, text: "What is caching?", reason: "Repeats line 111 with a different difficulty (Hard): kept Medium.", firstLine: 111, conflict: true },
    ]);
    expect(p.toAdd.find((q) => q.line === 111)?.difficulty).toBe("MEDIUM");
  });

  it("restores Windows dashes and quotes that arrived as C1 control characters; none is left", async () => {
    const p = await parse();
    expect(p.toAdd[0]).toMatchObject({
      text: "What’s the difference between a process and a thread?",
      referenceAnswer: "A process has its own memory – threads share their process’s memory.",
    });
    const all = p.toAdd.flatMap((q) => [q.text, q.referenceAnswer ?? "", ...q.keyPoints]).join("\n");
    expect(all).not.toMatch(/[\u0080-\u009f]/);
    expect(all).toContain("“definitely not present”");
  });

  it("suggests one topic per value when every value already names a topic of the class", async () => {
    const p = await parse({ knownTopics: CATEGORIES, defaultTopic: "General Programming" });
    expect(p.topicColumn!.suggestedMode).toBe("by-column");
    expect(p.newTopics).toEqual([]);
    expect(p.toAdd.filter((q) => q.topic === null)).toHaveLength(29); // the topic imported into
  });
});
