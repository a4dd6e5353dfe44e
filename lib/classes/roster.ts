import { rosterMessages as m, NO_FORMULA_RESULT } from "@/lib/messages/roster";
import { cleanName } from "@/lib/validations/clean-text";
import { usernameSchema } from "@/lib/validations/user";
import { DELIMITERS, isBlank, readCsvLines, type CsvLine } from "./csv-lines";

// Class rosters from a spreadsheet saved as CSV (or pasted from Excel): columns 学号, 姓名 and
// optionally 班级, in UTF-8 (with or without BOM) or GBK, which is what Excel on a Chinese
// Windows PC writes. The header may sit below a title and blank rows, as 教务系统 exports have it.
// Row numbers are the file's own, so the teacher finds the row the preview names.

export type RosterRow = { line: number; className: string; username: string; name: string; errors: string[] };

/** Text of an uploaded CSV: UTF-8 when it decodes cleanly, otherwise GBK. */
export function decodeRosterFile(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder("gbk").decode(bytes);
  }
}

/** Header spellings, most specific first: a file with both 学号 and 学籍号 is read by 学号. */
const HEADERS = {
  className: ["班级", "班级名称", "行政班", "行政班级", "所在班级", "班级名"],
  username: ["学号", "学生学号", "学籍号", "学生编号", "账号", "登录账号", "用户名"],
  name: ["姓名", "学生姓名", "名字", "学生名字"],
} as const;

/** The header is looked for in this many lines from the top. */
export const HEADER_SEARCH_LINES = 10;

/** "* 学号 ", "姓名（必填）", "ＸＸ" → the bare word. */
const headerKey = (cell: string) =>
  cell
    .normalize("NFKC")
    .replace(/[\s\p{Cf}*]/gu, "")
    .replace(/\([^)]*\)$/, "");

type Columns = { className: number; username: number; name: number };

function findColumns(cells: string[]): Columns | null {
  const keys = cells.map(headerKey);
  const find = (names: readonly string[]) => {
    for (const name of names) {
      const index = keys.indexOf(name);
      if (index >= 0) return index;
    }
    return -1;
  };
  const col = { className: find(HEADERS.className), username: find(HEADERS.username), name: find(HEADERS.name) };
  return col.username >= 0 && col.name >= 0 ? col : null;
}

export type RosterParse = {
  rows: RosterRow[];
  problem: string | null;
  /** The file's line holding the header (0 when none was found). */
  headerLine: number;
};

/** A roster of 500 students is about 20 KB; anything this large is not a roster. */
export const MAX_ROSTER_CHARS = 200_000;

const EXCEL_ERROR = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/i;

/** What is wrong with one field's raw text, if it came out of Excel broken. */
function cellProblem(field: string, raw: string): string | null {
  if (raw === NO_FORMULA_RESULT) return m.noFormulaResult(field);
  if (EXCEL_ERROR.test(raw)) return m.excelError(field, raw.toUpperCase());
  if (raw.includes('"')) return m.strayQuote(field);
  return null;
}

/** The header line and the lines below it, trying each delimiter a roster comes with. */
function locateHeader(text: string): { lines: CsvLine[]; at: number; col: Columns } | null {
  for (const delimiter of DELIMITERS) {
    if (!text.includes(delimiter)) continue;
    const lines = readCsvLines(text, delimiter);
    const top = lines.slice(0, HEADER_SEARCH_LINES);
    for (let at = 0; at < top.length; at++) {
      const col = findColumns(top[at]!.cells);
      if (col) return { lines, at, col };
    }
  }
  return null;
}

/** Reads the roster and checks every row; nothing is written until the teacher confirms. */
export function parseRoster(text: string, targetClass: string): RosterParse {
  const none = (problem: string): RosterParse => ({ rows: [], problem, headerLine: 0 });
  if (text.length > MAX_ROSTER_CHARS) return none(m.tooLarge);
  if (readCsvLines(text, ",").every((l) => isBlank(l.cells))) return none(m.empty);
  const found = locateHeader(text);
  if (!found) return none(m.noHeader(HEADER_SEARCH_LINES));
  const { lines, at, col } = found;
  const headerLine = lines[at]!.line;
  const body = lines.slice(at + 1).filter((l) => !isBlank(l.cells));
  if (body.length === 0) return none(m.headerOnly(headerLine));
  if (body.length > 500) return { ...none(m.tooMany), headerLine };

  const seen = new Map<string, number>();
  const rows = body.map(({ line, cells }) => {
    const raw = (index: number) => (index >= 0 ? (cells[index] ?? "").trim() : "");
    const row: RosterRow = {
      line,
      className: cleanName(raw(col.className)),
      username: raw(col.username).toLowerCase(),
      name: cleanName(raw(col.name)),
      errors: [],
    };
    const usernameProblem = cellProblem("学号", raw(col.username));
    const nameProblem = cellProblem("姓名", raw(col.name));
    if (!row.username) row.errors.push(m.usernameEmpty);
    else if (usernameProblem) row.errors.push(usernameProblem);
    else if (!usernameSchema.safeParse(row.username).success) row.errors.push(m.usernameFormat);
    if (!row.name) row.errors.push(m.nameEmpty);
    else if (nameProblem) row.errors.push(nameProblem);
    else if (row.name.length > 40) row.errors.push(m.nameTooLong);
    if (/\uFFFD/.test(row.name + row.className)) row.errors.push(m.mojibake);
    if (row.className && row.className !== targetClass) row.errors.push(m.otherClass(row.className, targetClass));
    const first = seen.get(row.username);
    if (row.username && first !== undefined) row.errors.push(m.duplicate(first));
    else if (row.username) seen.set(row.username, row.line);
    return row;
  });
  return { rows, problem: null, headerLine };
}
