// A roster's CSV, read one line of the file at a time. No roster field holds a line break, so a
// record never runs past the end of its line: a quote a teacher typed into a name ("王小明) is
// kept as text instead of swallowing every row up to the next quote, as a strict reader does.
// A field is quoted only when it opens with a quote and closes with one right before the next
// delimiter or the end of the line; `""` inside it is one quote.

export type CsvLine = { line: number; cells: string[] };

/** Delimiters a roster arrives with: Excel's CSV, cells pasted from Excel, ; from some locales, a typed ，. */
export const DELIMITERS = [",", "\t", ";", "，"] as const;

function splitLine(text: string, delimiter: string): string[] {
  const cells: string[] = [];
  let at = 0;
  for (;;) {
    let cell: string | null = null;
    const lead = text.slice(at).match(/^[ ]*"/);
    if (lead) {
      // Try the quoted reading: find the closing quote (a doubled quote is a literal one).
      let i = at + lead[0].length;
      let value = "";
      for (; i < text.length; i++) {
        if (text[i] !== '"') value += text[i];
        else if (text[i + 1] === '"') {
          value += '"';
          i++;
        } else break;
      }
      const rest = text.slice(i + 1).match(/^[ ]*/)?.[0].length ?? 0;
      const next = i + 1 + rest;
      if (i < text.length && (next === text.length || text.startsWith(delimiter, next))) {
        cell = value;
        at = next;
      }
    }
    if (cell === null) {
      // Not a well-formed quoted field: everything up to the delimiter, quotes included, is text.
      const end = text.indexOf(delimiter, at);
      cell = text.slice(at, end < 0 ? text.length : end);
      at = end < 0 ? text.length : end;
    }
    cells.push(cell);
    if (at >= text.length) return cells;
    at += delimiter.length;
  }
}

/** Every line of `text` with its 1-based line number, split into cells. */
export function readCsvLines(text: string, delimiter: string): CsvLine[] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .map((line, i) => ({ line: i + 1, cells: splitLine(line, delimiter) }));
}

/** A line with no text in any cell (Excel writes empty rows as ",,,"). */
export const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === "");
