import { describe, expect, it } from "vitest";
import { safeCell } from "./safe-cell";

describe("safeCell", () => {
  it("neutralises anything a spreadsheet would run", () => {
    for (const payload of ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "=HYPERLINK(\"http://x\")", "\t=1"]) {
      expect(String(safeCell(payload)).startsWith("'")).toBe(true);
    }
  });
  it("leaves ordinary text, numbers and empties alone", () => {
    expect(safeCell("王雨涵")).toBe("王雨涵");
    expect(safeCell(8.5)).toBe(8.5);
    expect(safeCell(-3)).toBe(-3);
    expect(safeCell(null)).toBe("");
  });
});

import { gradebookCsv } from "./gradebook-csv";

describe("gradebookCsv", () => {
  it("starts with a BOM and neutralises formula-looking names", () => {
    const csv = gradebookCsv([], [{ username: "s09", name: "=1+1", status: "未开始", late: false, submittedAt: null, scores: {}, total: null }]);
    expect(csv.startsWith("\uFEFF学号,姓名")).toBe(true);
    expect(csv).toContain("'=1+1");
  });
});
