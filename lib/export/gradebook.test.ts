import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { exercisesOfLesson } from "@/lib/exercises/registry";
import { gradebookXlsx } from "./gradebook";

describe("gradebookXlsx", () => {
  it("writes one row a student with per-exercise scores, and neutralises formulas", async () => {
    const exercises = exercisesOfLesson("haier-case");
    const bytes = await gradebookXlsx("23电商1班 · 海尔案例 · 成绩册", exercises, [
      {
        username: "s04",
        name: "陈子轩",
        status: "已批改",
        late: false,
        submittedAt: new Date("2026-11-20T02:00:00Z"),
        scores: { "haier-t1-1": 8, "haier-t1-2": 10, "haier-t1-3": 9 },
        total: 27,
      },
      {
        username: "s09",
        name: '=HYPERLINK("http://evil")',
        status: "未开始",
        late: false,
        submittedAt: null,
        scores: {},
        total: null,
      },
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("成绩册");
    expect(sheet?.getRow(2).values).toEqual([
      undefined,
      "学号",
      "姓名",
      "状态",
      "迟交",
      ...exercises.map((e) => `${e.title}（${e.points}分）`),
      "总分",
      "提交时间",
    ]);
    expect(sheet?.getRow(3).getCell(2).value).toBe("陈子轩");
    expect(sheet?.getRow(3).getCell(5).value).toBe(8);
    expect(sheet?.getRow(3).getCell(8).value).toBe(27);
    // 提交时间 is a date cell (Beijing time), an empty score an empty cell, and the sheet prints on A4 landscape.
    expect(sheet?.getRow(3).getCell(9).value).toEqual(new Date("2026-11-20T10:00:00Z"));
    expect(sheet?.getRow(4).getCell(5).value).toBeNull();
    expect(sheet?.pageSetup.orientation).toBe("landscape");
    const hostile = sheet?.getRow(4).getCell(2).value;
    expect(typeof hostile).toBe("string");
    expect(String(hostile).startsWith("'=")).toBe(true);
  });
});
