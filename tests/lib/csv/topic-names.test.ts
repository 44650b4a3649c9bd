// Topic names from a topic/category column, the column mapping and the import summary, as the preview shows them.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { describeColumns } from "@/lib/csv/columns";
import { parseQuestionCsv } from "@/lib/csv/questions";
import { importSummary } from "@/lib/csv/summary";
import { planTopics, similarTopicKey } from "@/lib/csv/topic-names";

describe("the column mapping", () => {
  it("names each field's column and the ignored ones", async () => {
    const bytes = new Uint8Array(readFileSync(path.join(process.cwd(), "tests", "fixtures", "csv", "interview-bank-200.csv")));
    const p = await parseQuestionCsv(bytes, { existing: [], knownTopics: [] });
    expect(describeColumns(p.columns)).toBe("Question ← Question · Reference answer ← Answer · Difficulty ← Difficulty · Topic ← Category · ignored: Question Number, Probability");
  });
});

describe("topic names", () => {
  it("a topic column left empty offers no choice: every row goes into the topic imported into", async () => {
    const p = await parseQuestionCsv(new TextEncoder().encode("question,category\nWhat is a heap?,\nWhat is a trie?, \n"), { existing: [], knownTopics: ["Other"] });
    expect(p.topicColumn).toBeNull();
    expect(p.toAdd.map((q) => q.topic)).toEqual([null, null]);
  });

  it("look-alike keys: plural, word endings, case, punctuation", () => {
    expect(similarTopicKey("General Program")).toBe(similarTopicKey("General Programming"));
    expect(similarTopicKey("Data structure")).toBe(similarTopicKey("data-structures"));
    expect(similarTopicKey("Java")).not.toBe(similarTopicKey("JavaScript"));
    expect(similarTopicKey("Algorithms")).not.toBe(similarTopicKey("Algorithm design"));
  });

  it("merges into an existing topic of the class; two existing look-alikes stay apart", () => {
    const plan = planTopics(new Map([["Database", 4]]), ["Databases"]);
    expect(plan.target.get("Database")).toBe("Databases");
    expect(plan.nearDuplicates).toEqual([{ names: ["Database", "Databases"], into: "Databases", rows: 4, kind: "similar", merged: true }]);
    const both = planTopics(new Map([["Network", 1]]), ["Networks", "Networking"]);
    expect(both.nearDuplicates).toEqual([]);
    expect(both.target.get("Network")).toBe("Network");
  });
});

describe("the import's success message", () => {
  it("names every topic that got rows, with counts, and the new locked ones", () => {
    expect(importSummary([{ topic: "Software engineering", added: 174, created: false }])).toBe("Imported 174 questions into Software engineering.");
    expect(
      importSummary([
        { topic: "Software engineering", added: 2, created: false },
        { topic: "Algorithms", added: 29, created: true },
      ]),
    ).toBe("Imported 31 questions into 2 topics: Software engineering 2, Algorithms 29. New topic (Algorithms) stays locked until you unlock it on the Topics page.");
  });
});
