// The question-bank CSV parser over a corpus of real-world-shaped files (tests/fixtures/csv).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { describeColumns } from "@/lib/csv/columns";
import { MAX_CSV_BYTES } from "@/lib/csv/limits";
import { csvCell, CsvFileError, parseQuestionCsv, TEMPLATE_CSV } from "@/lib/csv/questions";
import { codeSpecMessages } from "@/lib/questions/code/spec";

const dir = path.join(process.cwd(), "tests", "fixtures", "csv");
const file = (name: string) => new Uint8Array(readFileSync(path.join(dir, name)));
const parse = (name: string, existing: { topic: string | null; text: string }[] = [], knownTopics: string[] = [], defaultTopic?: string) =>
  parseQuestionCsv(file(name), { existing, knownTopics, defaultTopic });
const texts = async (name: string) => (await parse(name)).toAdd.map((q) => q.text);

describe("question-bank CSV corpus", () => {
  it("01 plain file: all columns, key points split on ;", async () => {
    const p = await parse("01-simple.csv");
    expect(p.toAdd).toHaveLength(3);
    expect(p.toAdd[0]).toEqual({
      line: 2,
      text: "What is a stack?",
      difficulty: "EASY",
      kind: "CONCEPT",
      referenceAnswer: "A last-in first-out collection.",
      keyPoints: ["last in first out", "push and pop"],
      topic: null,
    });
    expect(p.errors).toEqual([]);
  });

  it("02 UTF-8 with BOM and aliased headers (Question, Level, Model Answer)", async () => {
    const p = await parse("02-utf8-bom.csv");
    expect(p.encoding).toBe("utf-8");
    expect(p.columns.recognized).toEqual({ question: "Question", difficulty: "Level", answer: "Model Answer" });
    expect(p.toAdd.map((q) => q.text)).toEqual(["What does café mean in a CS joke?", "Explain Dijkstra’s algorithm."]);
    expect(p.toAdd[0]!.referenceAnswer).toBe("Naïve résumé handling.");
  });

  it("03 Windows-1252 with smart quotes, dashes, € and CRLF", async () => {
    const p = await parse("03-windows-1252.csv");
    expect(p.encoding).toBe("windows-1252");
    expect(p.toAdd.map((q) => q.text)).toEqual(["“Smart quotes” — what are they?", "What costs 5 €?"]);
    expect(p.toAdd[1]!.referenceAnswer).toBe("A coffee in Zürich.");
  });

  it("04 Latin-1", async () => {
    expect(await texts("04-latin1.csv")).toEqual(["Was ist ein Schlüssel?", "Größte Zahl?"]);
  });

  it("05 CRLF line ends and 24 classic-Mac CR line ends", async () => {
    expect(await texts("05-crlf.csv")).toEqual(["First question?", "Second question?"]);
    expect(await texts("24-mac-cr-endings.csv")).toEqual(["Classic Mac line ends?", "Still works?"]);
  });

  it("06 quoted fields with commas, doubled quotes and line breaks, with correct line numbers", async () => {
    const p = await parse("06-quoted-commas-newlines.csv");
    expect(p.toAdd.map((q) => [q.line, q.text])).toEqual([
      [2, "Compare A, B, and C."],
      [3, 'He said "hello" — why?'],
      [4, "A question\nspanning two lines?"],
      [8, "Last one?"], // the quoted answer above spans lines 5–7
    ]);
    expect(p.toAdd[2]!.referenceAnswer).toBe("An answer\nalso on\nthree lines.");
  });

  it("07 semicolon-separated (European Excel) keeps decimal commas inside cells", async () => {
    expect(await texts("07-semicolon.csv")).toEqual(["What is 1,5 in English notation?", "What is a mutex?"]);
  });

  it("08 tab-separated and 21 UTF-16 Excel 'Unicode text'", async () => {
    expect(await texts("08-tab-delimited.csv")).toEqual(["What is TCP?", "What is UDP?"]);
    const p = await parse("21-utf16le-excel-unicode.csv");
    expect(p.encoding).toBe("utf-16le");
    expect(p.toAdd.map((q) => q.text)).toEqual(["Unicode text export?", "Ümlauts survive?"]);
  });

  it("09 aliases in any case: Question_Text, LEVEL, Reference_Answer, KeyPoints", async () => {
    expect((await parse("09-aliases.csv")).toAdd[0]).toMatchObject({
      text: "What is an index?",
      difficulty: "MEDIUM",
      referenceAnswer: "A B-tree over a column.",
      keyPoints: ["b-tree", "faster reads"],
    });
  });

  it("10 extra columns are ignored and reported", async () => {
    const p = await parse("10-extra-columns.csv");
    expect(p.toAdd.map((q) => q.text)).toEqual(["What is DNS?", "What is HTTP?"]);
    expect(p.columns.ignored).toEqual(["ID", "Notes", "Author"]);
  });

  it("11 difficulty words: beginner/intermediate/advanced, 1/2/3, any case", async () => {
    expect((await parse("11-difficulty-words.csv")).toAdd.map((q) => q.difficulty)).toEqual(["EASY", "MEDIUM", "HARD", "EASY", "MEDIUM", "HARD", "EASY", "HARD"]);
  });

  it("12/13 missing difficulty column or blank cells → medium", async () => {
    expect((await parse("12-no-difficulty-column.csv")).toAdd.map((q) => q.difficulty)).toEqual(["MEDIUM", "MEDIUM"]);
    expect((await parse("13-empty-difficulty-cells.csv")).toAdd.map((q) => q.difficulty)).toEqual(["MEDIUM", "MEDIUM", "HARD"]);
  });

  it("14 every bad row is reported with its line number and reason; good rows still parse", async () => {
    const p = await parse("14-broken-rows.csv");
    expect(p.toAdd.map((q) => q.line)).toEqual([2, 6]);
    expect(p.errors.map((e) => e.line)).toEqual([3, 4, 5]);
    expect(p.errors[0]!.reason).toContain("empty");
    expect(p.errors[1]!.reason).toContain("super hard");
    expect(p.errors[2]!.reason).toContain("limit is 2000");
  });

  it("15 duplicates within the file and against the bank are skipped, case and spacing ignored; a changed difficulty is named", async () => {
    const p = await parse("15-duplicates.csv", [{ topic: null, text: "already in the bank?" }]);
    expect(p.toAdd.map((q) => q.text)).toEqual(["What is a stack?", "Brand new question?"]);
    expect(p.duplicates.map((d) => [d.line, d.reason])).toEqual([
      [3, "Repeats line 2 with a different difficulty (Hard): kept Easy."],
      [5, "Already in the question bank."],
    ]);
  });

  it("16 formula-looking cells are kept as plain text and neutralised on export", async () => {
    const p = await parse("16-formula-cells.csv");
    expect(p.toAdd.map((q) => q.text)).toEqual(['=HYPERLINK("http://evil.example","click")', "+1 is what?", "-2 squared?", "=SAFE()?"]);
    expect(csvCell(p.toAdd[0]!.text).startsWith(`"'=HYPERLINK`)).toBe(true);
    expect(csvCell("@SUM(A1:A2)")).toBe("'@SUM(A1:A2)");
    expect(csvCell("-4 or 4")).toBe("'-4 or 4");
    expect(csvCell("plain, text")).toBe('"plain, text"');
  });

  it("17 a topic column fills several topics; unknown topics are listed as new", async () => {
    const p = await parse("17-multi-topic.csv", [], ["Data structures", "Operating systems"], "Databases");
    expect(p.toAdd.map((q) => [q.text, q.topic])).toEqual([
      ["What is a trie?", "Data structures"],
      ["What is a subnet?", "Networking"],
      ["Which topic am I in?", null],
      ["What is a deque?", "Data structures"],
    ]);
    expect(p.newTopics).toEqual(["Networking"]);
  });

  it("18/19 files that cannot be a question bank get a clear message", async () => {
    await expect(parse("18-no-question-column.csv")).rejects.toThrow(/No question column found.*“prompt_text”/);
    await expect(parse("19-empty.csv")).rejects.toThrow(CsvFileError);
    await expect(parse("19-empty.csv")).rejects.toThrow("The file is empty.");
  });

  it("20 header only: nothing to add, no errors", async () => {
    expect(await parse("20-header-only.csv")).toMatchObject({ toAdd: [], errors: [], duplicates: [] });
  });

  it("22 key points separated by |", async () => {
    expect((await parse("22-key-points-pipe.csv")).toAdd[0]!.keyPoints).toEqual(["atomicity", "consistency", "isolation", "durability"]);
  });

  it("23 blank lines and padded headers/cells", async () => {
    const p = await parse("23-blank-lines-and-padding.csv");
    expect(p.toAdd.map((q) => [q.line, q.text, q.difficulty])).toEqual([
      [3, "Padded question?", "EASY"],
      [6, "Next?", "HARD"],
    ]);
  });

  it("25 an unterminated quote does not crash and loses no earlier rows", async () => {
    const p = await parse("25-unterminated-quote.csv");
    expect(p.toAdd[0]!.text).toBe("Fine?");
    expect(p.toAdd.length + p.errors.length).toBeGreaterThanOrEqual(2);
  });

  it("26 more than 5,000 rows is refused with the limit; more than 2 MB too", async () => {
    await expect(parse("26-huge-5001-rows.csv")).rejects.toThrow(/5,001 rows; the limit is 5,000/);
    await expect(parseQuestionCsv(new Uint8Array(MAX_CSV_BYTES + 1), { existing: [], knownTopics: [] })).rejects.toThrow(/limit is 2 MB/);
  });

  it("the downloadable template parses cleanly, with a kind column, one behavioural and one coding example", async () => {
    const p = await parseQuestionCsv(new TextEncoder().encode(TEMPLATE_CSV), { existing: [], knownTopics: [] });
    expect(p.toAdd).toHaveLength(4);
    expect(p.errors).toEqual([]);
    expect(p.columns.recognized.kind).toBe("kind");
    expect(p.columns.ignored).toEqual([]);
    expect(p.toAdd.map((q) => q.kind)).toEqual(["CONCEPT", "CONCEPT", "BEHAVIOURAL", "CODE"]);
    expect(p.toAdd[3]!.code).toMatchObject({ languages: ["javascript"], entry: "isBalanced" });
    expect(p.toAdd[3]!.code!.tests.filter((t) => t.hidden)).toHaveLength(2);
    expect(p.toAdd[3]!.code!.solution.javascript).toMatch(/^function isBalanced/);
    expect(p.toAdd[0]!.keyPoints.length).toBe(3);
    expect(p.toAdd[2]!.keyPoints.length).toBeGreaterThanOrEqual(4);
  });
});

describe("the kind column", () => {
  const csv = (text: string) => parseQuestionCsv(new TextEncoder().encode(text), { existing: [], knownTopics: [] });
  // A coding row without its columns: the spec module's first message.
  const CODE_MESSAGE = codeSpecMessages.language("");

  it("is found by its usual names, in any case; without one every row is a concept question", async () => {
    for (const header of ["kind", "Type", "Question Type", "question_type", "QUESTION KIND", "question_kind"]) {
      const p = await csv(`question,${header}\nWhen did you disagree with a teammate?,behavioural\n`);
      expect(p.columns.recognized.kind, header).toBe(header);
      expect(p.toAdd[0]!.kind, header).toBe("BEHAVIOURAL");
    }
    expect((await csv("question\nWhat is a heap?\n")).toAdd[0]!.kind).toBe("CONCEPT");
  });

  it("reads the words people write: blank and technical are concept; behavioral, STAR, soft skills are behavioural", async () => {
    const p = await csv("question,difficulty,kind\nA?,easy,\nB?,easy,Technical\nC?,easy,Behavioral\nD?,easy,STAR\nE?,easy,Soft skills\nF?,easy,situational\n");
    expect(p.errors).toEqual([]);
    expect(p.toAdd.map((q) => q.kind)).toEqual(["CONCEPT", "CONCEPT", "BEHAVIOURAL", "BEHAVIOURAL", "BEHAVIOURAL", "BEHAVIOURAL"]);
  });

  it("refuses unknown words, and coding rows without a spec, on their own line; the other rows still import", async () => {
    const p = await csv("question,kind\nFine?,concept\nWrite a loop.,code\nReverse a list.,Programming\nWhy?,essay\nTell me about a time…,behavioural\n");
    expect(p.toAdd.map((q) => [q.line, q.kind])).toEqual([
      [2, "CONCEPT"],
      [6, "BEHAVIOURAL"],
    ]);
    expect(p.errors).toEqual([
      { line: 3, reason: CODE_MESSAGE },
      { line: 4, reason: CODE_MESSAGE },
      {
        line: 5,
        reason:
          "Unknown kind “essay”: use concept (or technical, knowledge, theory), behavioural (or behavioral, behaviour, star, soft skills, situational) or code (or coding, programming); blank is concept.",
      },
    ]);
  });

  it("a row's first problem is the one reported: the question, then the difficulty, then the kind", async () => {
    const p = await csv("question,difficulty,kind\n,easy,code\nQ1?,super hard,code\nQ2?,easy,code\n");
    expect(p.errors.map((e) => [e.line, e.reason])).toEqual([
      [2, "The question is empty."],
      [3, "Unknown difficulty “super hard”: use easy, medium or hard (or 1, 2, 3)."],
      [4, CODE_MESSAGE],
    ]);
  });

  it("is listed with the columns; a Category column stays the topic and Type the kind", async () => {
    const p = await csv("Category,Question,Type\nDatabases,What is an index?,technical\nTeamwork,Describe a conflict you resolved.,behavioural\n");
    expect(p.columns.recognized).toEqual({ topic: "Category", question: "Question", kind: "Type" });
    expect(describeColumns(p.columns)).toBe("Question ← Question · Kind ← Type · Topic ← Category");
    expect(p.toAdd.map((q) => q.kind)).toEqual(["CONCEPT", "BEHAVIOURAL"]);
  });

  it("duplicates are found as before: the same question with another kind is still a repeat", async () => {
    const p = await csv("question,kind\nWhat is a heap?,concept\nwhat is a HEAP?,behavioural\n");
    expect(p.toAdd.map((q) => q.kind)).toEqual(["CONCEPT"]);
    expect(p.duplicates.map((d) => [d.line, d.reason])).toEqual([[3, "Repeats an earlier row of this file."]]);
  });
});
