import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseRoster } from "./roster";
import { xlsxToCsv } from "./xlsx-roster";

describe("xlsxToCsv", () => {
  it("turns the first sheet of an Excel roster into rows the roster check reads", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("名单");
    sheet.addRow(["班级", "学号", "姓名"]);
    sheet.addRow(["23电商1班", 2023010101, "王小明"]);
    sheet.addRow(["23电商1班", "2023010102", "李, 红"]);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const { rows, problem } = parseRoster(await xlsxToCsv(bytes), "23电商1班");
    expect(problem).toBeNull();
    expect(rows.map((r) => [r.username, r.name, r.errors])).toEqual([
      ["2023010101", "王小明", []],
      ["2023010102", "李, 红", []],
    ]);
  });
});
