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
  const header = ["学号", "姓名", "状态", "迟交", ...exercises.map((e) => `${e.title}（${e.points}分）`), "总分", "提交时间"];
  sheet.addRow(header.map(safeCell)).font = { bold: true };
  for (const row of rows) {
    sheet.addRow([
      safeCell(row.username),
      safeCell(row.name),
      row.status,
      row.late ? "是" : "",
      ...exercises.map((e) => safeCell(row.scores[e.id] ?? null)),
      safeCell(row.total),
      row.submittedAt ? row.submittedAt.toLocaleString("zh-CN", { hour12: false, timeZone: "Asia/Shanghai" }) : "",
    ]);
  }
  sheet.columns.forEach((column, i) => (column.width = i < 2 ? 14 : 12));
  sheet.views = [{ state: "frozen", ySplit: 2, xSplit: 2 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}
