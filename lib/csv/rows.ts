// RFC 4180 reading: quoted fields with commas, doubled quotes and line breaks; CRLF, LF or
// CR line ends; the delimiter (comma, semicolon or tab) guessed from the header line.
//
// Uploaded files are hostile input, so the reader is linear in the text: every character is
// looked at a bounded number of times, cells are built from slices rather than one character
// at a time, and "is this cell still blank?" is a flag rather than a trim of the cell so far
// (that trim made a file of 320,000 quotes take half a minute). It also works in steps, so the
// server can read a large file in slices and keep answering other requests in between.
import { isTrimSpace } from "@/lib/chars";

export type CsvRow = { line: number; cells: string[] };
export type Delimiter = "," | ";" | "\t";

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** The delimiter that occurs most often in the first line; ties go to comma, then semicolon. */
export function detectDelimiter(text: string): Delimiter {
  // One pass over the first line only: the rest of the file may be megabytes of anything.
  let comma = 0;
  let semicolon = 0;
  let tab = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) break;
    if (c === 0x2c) comma++;
    else if (c === 0x3b) semicolon++;
    else if (c === 0x09) tab++;
  }
  const best = semicolon > comma ? ";" : ",";
  return tab > (best === ";" ? semicolon : comma) ? "\t" : best;
}

/**
 * A resumable reader: each `step(maxChars)` reads about that many more characters (a little
 * more when a line break or doubled quote straddles the boundary) and says whether it is done.
 * Rows with the 1-based line number where each starts; blank rows are skipped.
 */
export class CsvReader {
  readonly rows: CsvRow[] = [];
  private pos = 0;
  private line = 1;
  private rowStart = 1;
  private cells: string[] = [];
  private rowHasContent = false;
  private cell = "";
  /** Whether `cell` has a character trim() would keep: decides if a quote opens a quoted section. */
  private nonSpace = false;
  private cellWasQuoted = false;
  private inQuotes = false;
  /** Position of the next `"` at or after pos (text.length when there is none), found once. */
  private nextQuote = -1;
  private finished = false;
  private readonly delimiter: number;

  /** maxRows: stop once that many rows have been read (the rest of the text is not looked at). */
  constructor(
    private readonly text: string,
    delimiter: Delimiter = detectDelimiter(text),
    private readonly maxRows = Infinity,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  get done(): boolean {
    return this.finished;
  }

  step(maxChars: number): boolean {
    const end = Math.min(this.text.length, this.pos + Math.max(1, maxChars));
    while (!this.finished && this.pos < end) {
      if (this.inQuotes) this.readQuoted(end);
      else this.readUnquoted(end);
    }
    if (!this.finished && this.pos >= this.text.length) {
      if (this.cell !== "" || this.cells.length > 0) this.endRow();
      this.finished = true;
    }
    return this.finished;
  }

  private readUnquoted(end: number): void {
    const { text, delimiter } = this;
    let i = this.pos;
    let runStart = i;
    let nonSpace = this.nonSpace;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c === QUOTE && !nonSpace) {
        // Only blanks so far: the quote opens a quoted section and the blanks are dropped.
        this.cell = "";
        this.cellWasQuoted = true;
        this.inQuotes = true;
        this.pos = i + 1;
        return;
      }
      if (c === delimiter || c === LF || c === CR) {
        this.cell += text.slice(runStart, i);
        this.nonSpace = nonSpace;
        if (c === delimiter) this.endCell();
        else {
          if (c === CR && text.charCodeAt(i + 1) === LF) i++;
          this.endRow();
          this.line++;
          this.rowStart = this.line;
        }
        nonSpace = false;
        runStart = ++i;
        if (this.finished) break;
      } else {
        // Anything else, including a quote after text (`5" screen`), is part of the cell.
        if (!nonSpace && !isTrimSpace(c)) nonSpace = true;
        i++;
      }
    }
    this.cell += text.slice(runStart, i);
    this.nonSpace = nonSpace;
    this.pos = i;
  }

  private readQuoted(end: number): void {
    const { text } = this;
    let i = this.pos;
    while (i < end) {
      if (this.nextQuote < i) {
        const found = text.indexOf('"', i);
        this.nextQuote = found === -1 ? text.length : found;
      }
      const q = this.nextQuote;
      if (q >= end) {
        this.appendQuoted(i, end);
        i = end;
      } else if (text.charCodeAt(q + 1) === QUOTE) {
        // A doubled quote: keep the first one with the text before it, skip the second.
        this.appendQuoted(i, q + 1);
        i = q + 2;
      } else {
        this.appendQuoted(i, q);
        this.inQuotes = false;
        i = q + 1;
        break;
      }
    }
    this.pos = i;
  }

  /** Adds text[from, to) of a quoted section: its line breaks count as lines, and CRLF becomes LF. */
  private appendQuoted(from: number, to: number): void {
    const { text } = this;
    let start = from;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === LF) this.line++;
      else if (c === CR) {
        if (text.charCodeAt(i + 1) !== LF) this.line++;
        else {
          this.appendText(text.slice(start, i));
          start = i + 1;
        }
      }
    }
    this.appendText(text.slice(start, to));
  }

  private appendText(s: string): void {
    if (!this.nonSpace && /\S/.test(s)) this.nonSpace = true;
    this.cell += s;
  }

  private endCell(): void {
    this.cells.push(this.cellWasQuoted ? this.cell : this.cell.trim());
    if (this.nonSpace) this.rowHasContent = true;
    this.cell = "";
    this.nonSpace = false;
    this.cellWasQuoted = false;
  }

  private endRow(): void {
    this.endCell();
    if (this.rowHasContent) this.rows.push({ line: this.rowStart, cells: this.cells });
    this.cells = [];
    this.rowHasContent = false;
    if (this.rows.length >= this.maxRows) this.finished = true;
  }
}

/** Rows with the 1-based line number where each starts; blank lines are skipped. */
export function readCsvRows(text: string, delimiter: Delimiter = detectDelimiter(text)): CsvRow[] {
  const reader = new CsvReader(text, delimiter);
  reader.step(Infinity);
  return reader.rows;
}

export class CsvDeadlineError extends Error {
  constructor() {
    super("Reading the CSV took longer than allowed.");
    this.name = "CsvDeadlineError";
  }
}

/** Lets timers, I/O and other requests run before the next slice of work. */
export const yieldToEventLoop = () => new Promise<void>((resolve) => (typeof setImmediate === "function" ? setImmediate(resolve) : setTimeout(resolve, 0)));

/**
 * For loops over untrusted input that may run long: check `due` often (it is cheap) and
 * `await pause()` when it is true, which lets other work run and throws CsvDeadlineError once
 * `deadline` (a Date.now() timestamp) has passed.
 */
export class TimeSlicer {
  private sliceEnd: number;

  constructor(
    private readonly deadline: number,
    private readonly sliceMs = 10,
  ) {
    this.sliceEnd = performance.now() + sliceMs;
  }

  get due(): boolean {
    return performance.now() > this.sliceEnd;
  }

  async pause(): Promise<void> {
    if (Date.now() > this.deadline) throw new CsvDeadlineError();
    await yieldToEventLoop();
    this.sliceEnd = performance.now() + this.sliceMs;
  }
}

export const CSV_CHUNK_CHARS = 64 * 1024;

/**
 * readCsvRows in slices of `chunkChars`, yielding to the event loop between slices so one big
 * upload cannot stall the server. Throws CsvDeadlineError once `deadline` (a Date.now()
 * timestamp) has passed.
 */
export async function readCsvRowsAsync(
  text: string,
  delimiter: Delimiter = detectDelimiter(text),
  options: { deadline?: number; maxRows?: number; chunkChars?: number } = {},
): Promise<CsvRow[]> {
  const { deadline = Infinity, maxRows = Infinity, chunkChars = CSV_CHUNK_CHARS } = options;
  const reader = new CsvReader(text, delimiter, maxRows);
  for (;;) {
    if (Date.now() > deadline) throw new CsvDeadlineError();
    if (reader.step(chunkChars)) return reader.rows;
    await yieldToEventLoop();
  }
}
