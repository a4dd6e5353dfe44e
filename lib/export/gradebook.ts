import ExcelJS from "exceljs";
import type { Exercise } from "@/lib/exercises/definition";
import { safeCell } from "./safe-cell";

export type GradebookRow = {
  username: string;
  name: string;
  status: string;
  late: boolean;
  submittedAt: Date | null;
  scores: Record<string, number | null>;
  total: number | null;
};

/** The 成绩册 of one assignment as an .xlsx: one row a student, one column an exercise. */
export async function gradebookXlsx(title: string, exercises: Exercise[], rows: GradebookRow[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "客服课堂";
  const sheet = book.addWorksheet("成绩册");
  sheet.addRow([safeCell(title)]).font = { bold: true, size: 14 };
  const header = [
    "学号",
    "姓名",
    "状态",
    "迟交",
    ...exercises.map((e) => `${e.title}（${e.points}分）`),
    "总分",
    "提交时间",
  ];
  sheet.addRow(header.map(safeCell)).font = { bold: true };
  // An empty score stays an empty cell (not ""), so SUM and AVERAGE in Excel/WPS skip it.
  const score = (v: number | null | undefined) => (v === null || v === undefined ? null : v);
  for (const row of rows) {
    const added = sheet.addRow([
      safeCell(row.username),
      safeCell(row.name),
      row.status,
      row.late ? "是" : "",
      ...exercises.map((e) => score(row.scores[e.id])),
      score(row.total),
      // A real date (in Beijing time), which sorts and filters as one.
      row.submittedAt ? new Date(row.submittedAt.getTime() + 8 * 3_600_000) : null,
    ]);
    added.getCell(header.length).numFmt = "yyyy-mm-dd hh:mm";
  }
  sheet.columns.forEach((column, i) => (column.width = i < 2 ? 14 : i === header.length - 1 ? 18 : 12));
  sheet.views = [{ state: "frozen", ySplit: 2, xSplit: 2 }];
  // Printed on A4 landscape, one page wide, the header rows repeated on every page.
  sheet.pageSetup = {
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: "1:2",
  };
  return Buffer.from(await book.xlsx.writeBuffer());
}
