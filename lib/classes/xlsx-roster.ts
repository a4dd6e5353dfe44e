import "server-only";
import ExcelJS from "exceljs";
import Papa from "papaparse";

/** The first sheet of an uploaded .xlsx as CSV text, so it goes through the same roster checks. */
export async function xlsxToCsv(bytes: Uint8Array): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = book.worksheets[0];
  if (!sheet) return "";
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    rows.push(values.map((v) => (v === null || v === undefined ? "" : typeof v === "object" && "text" in v ? String(v.text) : String(v))));
  });
  return Papa.unparse(rows);
}
