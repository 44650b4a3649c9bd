// The CSV reader against hostile input: every 2 MB upload is read in bounded time, the work
// grows linearly with the file, and the server keeps answering other requests meanwhile.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeCsvBytes } from "@/lib/csv/decode";
import { MAX_CSV_BYTES } from "@/lib/csv/limits";
import { CSV_TOO_SLOW_MESSAGE, CsvFileError, parseQuestionCsv } from "@/lib/csv/questions";
import { isTrimSpace } from "@/lib/chars";
import { CsvDeadlineError, CsvReader, detectDelimiter, readCsvRows, readCsvRowsAsync } from "@/lib/csv/rows";

/** prefix + unit repeated + suffix, as long as fits in `size` characters (all ASCII: bytes too). */
const fill = (prefix: string, unit: string, suffix = "", size = MAX_CSV_BYTES - 16) =>
  prefix + unit.repeat(Math.floor((size - prefix.length - suffix.length) / unit.length)) + suffix;

const row5000 = `${Array.from({ length: 5000 }, () => "x").join(",")}\n`;
const pathological: Record<string, () => string> = {
  "(a) a cell of 2M quotes after text": () => fill("question\na", '"'),
  "(b) one 2 MB quoted cell full of doubled quotes": () => fill('question\n"', 'ab""', '"'),
  "(c) 5,000 columns in the header and every row": () => fill(`question,${Array.from({ length: 4999 }, (_, i) => `c${i}`).join(",")}\n`, row5000),
  "(d) CR / LF / CRLF mixes inside and outside quotes": () => fill("question\n", '"\r\r\n\n\r'),
  "(e) an unterminated quote at the start": () => fill('"', "What is a stack?,easy\n"),
  "(f) a header of a million columns": () => fill("question", ",a"),
  "(g) a million rows": () => fill("question\n", "q\n"),
  "(h) 2,500 questions, then 2,500 repeats of the last": () =>
    `question\n${Array.from({ length: 2500 }, (_, i) => `Question number ${i}?\n`).join("")}${"Question number 2499?\n".repeat(2500)}`,
  "(i) a 2 MB key-points cell of separators": () => fill("question,key_points\nWhat?,", ";"),
  "(j) a 2 MB question of NUL characters": () => fill("question,answer\n", "\u0000"),
};

const encode = (text: string) => new TextEncoder().encode(text);
const noBank = { existing: [], knownTopics: [] };

/** Resolves to "preview" or the CsvFileError's message; anything else fails the test. */
async function outcome(bytes: Uint8Array): Promise<string> {
  try {
    await parseQuestionCsv(bytes, noBank);
    return "preview";
  } catch (error) {
    if (!(error instanceof CsvFileError)) throw error;
    return error.message;
  }
}

describe("CSV reader details the rewrite must keep", () => {
  it("reopens a quote only after blanks, keeps text around quoted sections, trims only unquoted cells", () => {
    const rows = readCsvRows('q,a\n  "x, y"  ,  b  \n5" screen,"say ""hi"""\n"" "again",after"quote" z\n', ",");
    expect(rows.map((r) => r.cells)).toEqual([
      ["q", "a"],
      ["x, y  ", "b"],
      ['5" screen', 'say "hi"'],
      ["again", 'after"quote" z'],
    ]);
  });

  it("counts lines inside quotes (CRLF → LF, lone CR kept) and skips blank rows", () => {
    const rows = readCsvRows('q\r\n"a\r\nb\rc"\r\n\r\n , \n"\n",x\n"\n"\nlast', ",");
    expect(rows).toEqual([
      { line: 1, cells: ["q"] },
      { line: 2, cells: ["a\nb\rc"] },
      { line: 7, cells: ["\n", "x"] },
      { line: 11, cells: ["last"] }, // the row above it holds only a quoted line break: blank
    ]);
  });

  it("reads the same rows in steps of any size, and stops at maxRows", () => {
    const dir = path.join(process.cwd(), "tests", "fixtures", "csv");
    const texts = readdirSync(dir).map((f) => decodeCsvBytes(new Uint8Array(readFileSync(path.join(dir, f)))).text);
    texts.push('a,"b\r\n""c"""\r\nd\r"e\r', '"\r\r\n\n\r'.repeat(20), '"unterminated\r\n');
    for (const text of texts.map((t) => t.slice(0, 3000))) {
      const whole = readCsvRows(text);
      for (const chunk of [1, 2, 3, 7, 64]) {
        const reader = new CsvReader(text, detectDelimiter(text));
        while (!reader.step(chunk));
        expect(reader.rows).toEqual(whole);
      }
      const capped = new CsvReader(text, detectDelimiter(text), 2);
      capped.step(Infinity);
      expect(capped.rows).toEqual(whole.slice(0, 2));
    }
  });

  it("guesses the delimiter from the first line only", () => {
    expect(detectDelimiter(`a;b;c\r\n${",".repeat(100_000)}`)).toBe(";");
    expect(detectDelimiter("a\tb,c\n")).toBe(",");
    expect(detectDelimiter("a\tb\tc;d\n")).toBe("\t");
    expect(detectDelimiter(",".repeat(MAX_CSV_BYTES))).toBe(",");
  });

  it("treats as blank exactly the characters trim() removes", () => {
    const differ = Array.from({ length: 0x10000 }, (_, c) => c).filter((c) => isTrimSpace(c) !== (String.fromCharCode(c).trim() === ""));
    expect(differ).toEqual([]);
  });

  it("decodes Windows-1252 exactly as before, 2 MB in well under a second", () => {
    const high = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
    const expected = (b: number) => (b >= 0x80 && b <= 0x9f ? high[b - 0x80]! : String.fromCharCode(b));
    const every = Uint8Array.from({ length: 256 }, (_, b) => b);
    expect(decodeCsvBytes(every)).toEqual({ encoding: "windows-1252", text: Array.from(every, expected).join("") });
    const big = Uint8Array.from({ length: MAX_CSV_BYTES }, (_, i) => (i % 3 === 0 ? 0x93 : 0x41 + (i % 26)));
    const started = performance.now();
    const { text, encoding } = decodeCsvBytes(big);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(encoding).toBe("windows-1252");
    expect(text.slice(0, 4)).toBe("“BC“");
    expect(text).toHaveLength(MAX_CSV_BYTES);
  });
});

describe("hostile 2 MB uploads", () => {
  for (const [name, build] of Object.entries(pathological)) {
    it(`${name}: a preview or a clear error within a second`, async () => {
      const bytes = encode(build());
      expect(bytes.byteLength).toBeLessThanOrEqual(MAX_CSV_BYTES);
      const started = performance.now();
      const result = await outcome(bytes);
      expect(performance.now() - started).toBeLessThan(1000);
      expect(result).not.toBe(CSV_TOO_SLOW_MESSAGE);
    });
  }

  it("a file far over 5,000 rows is refused without reading all of it", async () => {
    expect(await outcome(encode(pathological["(g) a million rows"]!()))).toBe("The file has more than 5,000 rows; the limit is 5,000. Split it into smaller files.");
  });

  it("duplicates of earlier rows are found by key, not by rescanning the file", async () => {
    const preview = await parseQuestionCsv(encode(pathological["(h) 2,500 questions, then 2,500 repeats of the last"]!()), noBank);
    expect(preview.toAdd).toHaveLength(2500);
    expect(preview.duplicates).toHaveLength(2500);
    expect(new Set(preview.duplicates.map((d) => d.reason))).toEqual(new Set(["Repeats an earlier row of this file."]));
  });

  it("the event loop keeps running while a file is read", async () => {
    const files = Object.values(pathological).map((build) => encode(build()));
    let last = performance.now();
    let longest = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 5);
    try {
      for (const bytes of files) await outcome(bytes);
    } finally {
      clearInterval(timer);
    }
    longest = Math.max(longest, performance.now() - last);
    expect(longest, `longest pause: ${longest.toFixed(0)} ms`).toBeLessThan(150);
  });
});

describe("the time cap", () => {
  it("readCsvRowsAsync stops at its deadline", async () => {
    await expect(readCsvRowsAsync("question\nWhat?\n", ",", { deadline: Date.now() - 1 })).rejects.toThrow(CsvDeadlineError);
    expect(await readCsvRowsAsync("question\nWhat?\n", ",", { deadline: Date.now() + 60_000 })).toEqual(readCsvRows("question\nWhat?\n", ","));
  });

  it("parseQuestionCsv turns an exceeded budget into a clear, actionable message", async () => {
    const bytes = encode(pathological["(d) CR / LF / CRLF mixes inside and outside quotes"]!());
    const parsing = parseQuestionCsv(bytes, { ...noBank, budgetMs: 0 });
    await expect(parsing).rejects.toThrow(CsvFileError);
    await expect(parsing).rejects.toThrow(CSV_TOO_SLOW_MESSAGE);
    expect(CSV_TOO_SLOW_MESSAGE).toMatch(/took too long to read.*smaller files.*CSV UTF-8/);
  });
});

describe("reading time grows linearly with the file", () => {
  /** Fastest of `runs` timings, in ms; a run over a second needs no repeat to prove a point. */
  const fastest = (fn: () => void, runs: number) => {
    let best = Infinity;
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      fn();
      best = Math.min(best, performance.now() - started);
      if (best > 1000) break;
    }
    return best;
  };
  const patterns: Record<string, (n: number) => string> = {
    "quotes after text": (n) => `question\na${'"'.repeat(n)}`,
    "doubled quotes in a quoted cell": (n) => `question\n"${'ab""'.repeat(n / 4)}"`,
    "line-break mixes": (n) => `question\n${'"\r\r\n\n\r'.repeat(n / 6)}`,
  };

  for (const [name, make] of Object.entries(patterns)) {
    it(name, () => {
      const base = 128 * 1024;
      fastest(() => readCsvRows(make(base / 8)), 3); // warm up the JIT
      const [x1, x2, x4] = [make(base), make(2 * base), make(4 * base)];
      const t1 = fastest(() => readCsvRows(x1), 5);
      // Checked at 2× first, so a quadratic reader fails within a minute rather than after many.
      const t2 = fastest(() => readCsvRows(x2), 5);
      expect(t2 < 3.5 * t1 || t2 < 25, `1×: ${t1.toFixed(1)} ms, 2×: ${t2.toFixed(1)} ms`).toBe(true);
      const t4 = fastest(() => readCsvRows(x4), 5);
      expect(t4 < 6 * t1 || t4 < 50, `1×: ${t1.toFixed(1)} ms, 4×: ${t4.toFixed(1)} ms`).toBe(true);
    });
  }
});

describe("a hostile header", () => {
  it("lists at most 20 ignored columns, then how many more", async () => {
    const preview = await parseQuestionCsv(encode(pathological["(f) a header of a million columns"]!()), noBank);
    expect(preview.columns.ignored).toHaveLength(21);
    expect(preview.columns.ignored.at(-1)).toMatch(/^and [\d,]+ more$/);
  });
});
