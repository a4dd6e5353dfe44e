import "server-only";
import { inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { NO_FORMULA_RESULT, rosterMessages } from "@/lib/messages/roster";
import { HEADER_SEARCH_LINES, MAX_ROSTER_CHARS } from "./roster";

// An .xlsx is a zip of XML parts, and exceljs unpacks and parses every part in memory: a small
// upload that unpacks to gigabytes (a zip bomb) would keep the server busy and out of memory.
// So the zip's directory is read first and the file refused when its parts are too large, and
// every part is test-unpacked with a hard stop at its stated size (a directory can lie) before
// exceljs sees the file. What comes back is capped too: rows, columns and the text of each cell.

const MB = 1024 * 1024;

export const XLSX_LIMITS = {
  /** All parts together, unpacked. A 500-student roster is well under 1 MB. */
  totalBytes: 20 * MB,
  /** Any one part, unpacked (a sheet, the shared strings, a picture). */
  partBytes: 10 * MB,
  /** Spreadsheet XML packs to a tenth or so; a part or file packed far tighter than this is built to blow up. */
  ratio: 100,
  /** Parts smaller than this are not held to the ratio. */
  ratioFromBytes: 1 * MB,
  parts: 1000,
  /** parseRoster refuses more than 500 students; one row more is read, so it still says so. */
  students: 500,
  columns: 30,
  /** Longer cells come back as their start and a note; no roster field is this long. */
  cellChars: 50,
} as const;

/** A legacy Excel (.xls) file is an OLE compound document; it starts with these bytes. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Whether `bytes` is a legacy .xls (BIFF in an OLE compound file), whatever the file is called. */
export function isLegacyXls(bytes: Uint8Array): boolean {
  return CFB_MAGIC.every((byte, i) => bytes[i] === byte);
}

/** A problem with the uploaded file, worded for the teacher. */
export class RosterFileError extends Error {
  override name = "RosterFileError";
}

const UNREADABLE = "无法读取这个 Excel 文件：文件已损坏，或不是 .xlsx 格式。请在 Excel 里另存为 .xlsx 或 CSV 再试。";
const TOO_LARGE = `文件解压后太大（超过 ${XLSX_LIMITS.totalBytes / MB} MB），不像是学生名单。请删去名单以外的工作表和图片，或另存为 CSV 再导入。`;
const PACKED_TOO_TIGHT = `文件的压缩比异常（解压后超过原来的 ${XLSX_LIMITS.ratio} 倍），不像是普通的 Excel 名单。请在 Excel 里另存为新的 .xlsx 或 CSV 再导入。`;

const END_OF_DIRECTORY = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

type Part = { method: number; packed: number; size: number; dataStart: number };

/**
 * Throws a RosterFileError unless `bytes` is a plain zip whose parts unpack to sensible sizes.
 * Reads the directory the way exceljs's unzipper (JSZip) does — the last end-of-directory
 * record, then the entries it lists — and refuses anything where the two could disagree
 * (data before the directory's stated place, ZIP64, encryption, other compression methods).
 */
export function checkXlsxZip(bytes: Uint8Array): void {
  // No well-kept npm library reads .xls (SheetJS's npm release, 0.18.5, has open advisories for
  // crafted files), so a legacy file is refused with the way out rather than parsed.
  if (isLegacyXls(bytes)) throw new RosterFileError(rosterMessages.legacyXls);
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const unreadable = () => new RosterFileError(UNREADABLE);
  const end = zip.lastIndexOf(END_OF_DIRECTORY);
  if (end < 0 || end + 22 > zip.length || end + 22 + zip.readUInt16LE(end + 20) > zip.length) throw unreadable();
  const disk = zip.readUInt16LE(end + 4);
  const directoryDisk = zip.readUInt16LE(end + 6);
  const entriesHere = zip.readUInt16LE(end + 8);
  const entries = zip.readUInt16LE(end + 10);
  const directorySize = zip.readUInt32LE(end + 12);
  const directoryStart = zip.readUInt32LE(end + 16);
  // 0xFFFF / 0xFFFFFFFF mean ZIP64, which no roster needs.
  if (disk !== 0 || directoryDisk !== 0 || entriesHere !== entries || entries === 0xffff) throw unreadable();
  if (directoryStart + directorySize !== end) throw unreadable();
  if (entries > XLSX_LIMITS.parts) throw new RosterFileError(TOO_LARGE);

  const parts: Part[] = [];
  let total = 0;
  let at = directoryStart;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > end || zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw unreadable();
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const packed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const localHeader = zip.readUInt32LE(at + 42);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    if (at > end || flags & 1 || (method !== STORED && method !== DEFLATED)) throw unreadable();
    if (packed === 0xffffffff || size === 0xffffffff || localHeader === 0xffffffff) throw unreadable();
    total += size;
    if (size > XLSX_LIMITS.partBytes || total > XLSX_LIMITS.totalBytes) throw new RosterFileError(TOO_LARGE);
    if (size > XLSX_LIMITS.ratioFromBytes && size > packed * XLSX_LIMITS.ratio)
      throw new RosterFileError(PACKED_TOO_TIGHT);
    if (localHeader + 30 > directoryStart || zip.readUInt32LE(localHeader) !== LOCAL_HEADER) throw unreadable();
    const dataStart = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
    if (dataStart + packed > directoryStart) throw unreadable();
    parts.push({ method, packed, size, dataStart });
  }
  if (at !== end) throw unreadable();
  if (total > XLSX_LIMITS.ratioFromBytes && total > zip.length * XLSX_LIMITS.ratio)
    throw new RosterFileError(PACKED_TOO_TIGHT);

  // The stated sizes are only claims: unpack each part, stopping the moment it passes its size.
  for (const part of parts) {
    const data = zip.subarray(part.dataStart, part.dataStart + part.packed);
    if (part.method === STORED) {
      if (part.packed !== part.size) throw unreadable();
      continue;
    }
    let unpacked: Buffer;
    try {
      unpacked = inflateRawSync(data, { maxOutputLength: Math.max(1, part.size) });
    } catch (error) {
      throw (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE"
        ? new RosterFileError(TOO_LARGE)
        : unreadable();
    }
    if (unpacked.length !== part.size) throw unreadable();
  }
}

type CellValue = ExcelJS.CellValue;

function valueText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== "object") return String(value);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("error" in value) return String(value.error); // #N/A, #REF! …: the roster check explains them
  // A formula (own or shared) reads as the result Excel saved with it.
  if ("formula" in value || "sharedFormula" in value)
    return value.result === undefined ? NO_FORMULA_RESULT : valueText(value.result as CellValue);
  if ("text" in value) return valueText(value.text as CellValue);
  return "";
}

/** A cell's text, with an overlong one cut to its start and a note saying how long it was. */
function cellText(value: CellValue): string {
  // A line break inside a cell (a two-line title) would split the row in the CSV; no roster cell needs one.
  const text = valueText(value)
    .replace(/\s*[\r\n]+\s*/g, " ")
    .trim();
  if (text.length <= XLSX_LIMITS.cellChars) return text;
  let head = text.slice(0, XLSX_LIMITS.cellChars);
  if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1); // not half a character
  return `${head}…（这一格共 ${text.length} 个字，太长）`;
}

/** A cell's text; the other cells of a merged range (a title across the sheet) are empty, not copies. */
function textAt(row: ExcelJS.Row, column: number): string {
  const cell = row.findCell(column);
  if (!cell || (cell.isMerged && cell.master !== cell)) return "";
  return cellText(cell.value);
}

/** Whether a sheet has any text at all (the first sheet of many exports is empty or a note). */
function hasText(sheet: ExcelJS.Worksheet): boolean {
  let found = false;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    if (found) return;
    for (let column = 1; column <= Math.min(row.cellCount, XLSX_LIMITS.columns); column++)
      if (textAt(row, column)) found = true;
  });
  return found;
}

/**
 * The first sheet with anything on it, as CSV text for the same roster checks. Line n of the CSV
 * is row n of the sheet (blank rows stay as blank lines), so the preview names Excel's row.
 * Throws a RosterFileError (message for the teacher) for a file that is not a sound, modest .xlsx.
 */
export async function xlsxToCsv(bytes: Uint8Array): Promise<string> {
  checkXlsxZip(bytes);
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new RosterFileError(UNREADABLE);
  }
  const sheets = book.worksheets.filter((s) => s.state !== "hidden" && s.state !== "veryHidden");
  const sheet = sheets.find(hasText);
  if (!sheet) return "";
  const rows: string[][] = [];
  let filled = 0;
  let chars = 0;
  let full = false;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    if (full) return;
    const cells: string[] = [];
    for (let column = 1; column <= Math.min(row.cellCount, XLSX_LIMITS.columns); column++)
      cells.push(textAt(row, column));
    // Rows that look blank are skipped by the roster check too, so they do not count.
    if (cells.every((cell) => cell === "")) return;
    // Blank lines up to this row keep the numbering; each costs a character of the budget.
    while (rows.length < row.number - 1 && chars <= MAX_ROSTER_CHARS) {
      rows.push([]);
      chars++;
    }
    rows.push(cells);
    filled++;
    chars += cells.reduce((sum, cell) => sum + cell.length + 1, 0);
    // Title rows, the header, one student more than allowed, or more text than a roster has:
    // either way the roster check refuses the file with its own message, and nothing after this is needed.
    full = filled > HEADER_SEARCH_LINES + 1 + XLSX_LIMITS.students || chars > MAX_ROSTER_CHARS;
  });
  return Papa.unparse(rows, { newline: "\n" });
}
