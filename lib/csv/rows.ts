// RFC 4180 reading: quoted fields with commas, doubled quotes and line breaks; CRLF, LF or
// CR line ends; the delimiter (comma, semicolon or tab) guessed from the header line.
export type CsvRow = { line: number; cells: string[] };

export function detectDelimiter(text: string): "," | ";" | "\t" {
  const header = text.split(/\r\n|\n|\r/, 1)[0] ?? "";
  const count = (d: string) => header.split(d).length - 1;
  const candidates: ("," | ";" | "\t")[] = [",", ";", "\t"];
  return candidates.reduce((best, d) => (count(d) > count(best) ? d : best), ",");
}

/** Rows with the 1-based line number where each starts; blank lines are skipped. */
export function readCsvRows(text: string, delimiter = detectDelimiter(text)): CsvRow[] {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let rowStart = 1;
  let cellWasQuoted = false;
  const endCell = () => {
    cells.push(cellWasQuoted ? cell : cell.trim());
    cell = "";
    cellWasQuoted = false;
  };
  const endRow = () => {
    endCell();
    if (cells.some((c) => c.trim() !== "")) rows.push({ line: rowStart, cells });
    cells = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === "\n" || (ch === "\r" && text[i + 1] !== "\n")) line++;
        cell += ch === "\r" && text[i + 1] === "\n" ? "" : ch;
      }
      continue;
    }
    if (ch === '"' && cell.trim() === "") {
      quoted = true;
      cellWasQuoted = true;
      cell = "";
    } else if (ch === delimiter) {
      endCell();
    } else if (ch === "\r" || ch === "\n") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endRow();
      line++;
      rowStart = line;
    } else {
      cell += ch;
    }
  }
  if (cell !== "" || cells.length > 0) endRow();
  return rows;
}
