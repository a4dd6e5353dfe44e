import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseRoster } from "./roster";
import { xlsxToCsv } from "./xlsx-roster";

// Excel rosters as 教务系统 exports them: a merged title row, blank rows, formulas, a second sheet.

async function workbook(fill: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  fill(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const read = async (bytes: Uint8Array) => parseRoster(await xlsxToCsv(bytes), "2026级电商1班");

describe("xlsxToCsv on real files", () => {
  it("keeps Excel's row numbers (title, blank rows), so the preview names the row the teacher sees", async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet("学生名单");
      sheet.getCell("A1").value = "2026级电商1班学生名单\n（2026—2027 学年第一学期）";
      sheet.mergeCells("A1:C1");
      sheet.getRow(3).values = ["序号", "学号", "姓名"];
      sheet.getRow(4).values = [1, 2026010101, "王小明"];
      sheet.getRow(6).values = [2, 2026010102, "李红"];
      sheet.getRow(7).values = [3, "", "张三"];
    });
    const csv = await xlsxToCsv(bytes);
    // The merged title is one cell with its line break made a space, not four copies.
    expect(csv.split("\n")[0]).toBe("2026级电商1班学生名单 （2026—2027 学年第一学期）,,");
    const { rows, problem, headerLine } = parseRoster(csv, "2026级电商1班");
    expect(problem).toBeNull();
    expect(headerLine).toBe(3);
    expect(rows.map((r) => [r.line, r.username, r.name, r.errors])).toEqual([
      [4, "2026010101", "王小明", []],
      [6, "2026010102", "李红", []],
      [7, "", "张三", ["学号为空"]],
    ]);
  });

  it("reads formula cells as their saved result, shared formulas too, and says when none was saved", async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet("名单");
      sheet.addRow(["学号", "姓名"]);
      sheet.getCell("A2").value = { formula: "2026010100+1", result: 2026010101 };
      sheet.getCell("B2").value = { formula: 'CONCATENATE("王","小明")', result: "王小明" };
      sheet.getCell("A3").value = { formula: "A2+1", result: 2026010102 };
      sheet.getCell("A4").value = { sharedFormula: "A3", result: 2026010103 } as ExcelJS.CellValue;
      sheet.getCell("B3").value = "李红";
      sheet.getCell("B4").value = "张三";
      sheet.getCell("A5").value = { formula: "A4+1" } as ExcelJS.CellValue;
      sheet.getCell("B5").value = "赵四";
      sheet.getCell("A6").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellValue;
      sheet.getCell("B6").value = "钱五";
    });
    const { rows } = await read(bytes);
    expect(rows.map((r) => [r.username, r.name, r.errors])).toEqual([
      ["2026010101", "王小明", []],
      ["2026010102", "李红", []],
      ["2026010103", "张三", []],
      ["#公式无结果", "赵四", ["学号的公式没有保存计算结果，请在 Excel 里打开、保存后再导入"]],
      ["#div/0!", "钱五", ["学号是 Excel 公式错误（#DIV/0!），请在 Excel 里检查公式"]],
    ]);
  });

  it("reads the first sheet that has anything on it, when the first one is empty", async () => {
    const bytes = await workbook((book) => {
      book.addWorksheet("说明");
      book.addWorksheet("名单").addRows([
        ["学号", "姓名"],
        ["2026010101", "王小明"],
      ]);
    });
    expect((await read(bytes)).rows.map((r) => r.name)).toEqual(["王小明"]);
  });

  it("gives back nothing for an empty workbook, which the check calls an empty file", async () => {
    const bytes = await workbook((book) => void book.addWorksheet("Sheet1"));
    expect((await read(bytes)).problem).toBe("文件是空的，里面没有任何内容。");
  });

  it("refuses a legacy .xls with the way out, in Chinese", async () => {
    const xls = new Uint8Array(4096);
    xls.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(xlsxToCsv(xls)).rejects.toThrow("请在 Excel 里另存为 .xlsx 或 .csv 再导入");
  });
});
