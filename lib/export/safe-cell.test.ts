import { describe, expect, it } from "vitest";
import { safeCell } from "./safe-cell";

describe("safeCell", () => {
  it("neutralises anything a spreadsheet would run", () => {
    for (const payload of ["=1+1", "+SUM(A1)", "-2+3", "@cmd", '=HYPERLINK("http://x")', "\t=1"]) {
      expect(String(safeCell(payload)).startsWith("'")).toBe(true);
    }
  });
  it("looks past leading control, zero-width and blank characters to the first visible one", () => {
    // A spreadsheet drops these on import, and what follows them then runs as a formula.
    const hidden = [
      "\0",
      "\u0001",
      "\u001f",
      "\u007f",
      "\u0085",
      "\u009f",
      "\u200b",
      "\u200c",
      "\u200d",
      "\u200e",
      "\u200f",
      "\u2060",
      "\ufeff",
      " ",
      "\n",
      "\u00a0",
      "\u3000",
      "\0\u200b \ufeff",
    ];
    for (const prefix of hidden) {
      for (const payload of ["=1+1", '=HYPERLINK("http://x","点我")', "+1", "-1+2", "@SUM(A1)"]) {
        expect(safeCell(prefix + payload), JSON.stringify(prefix + payload)).toBe(`'${prefix}${payload}`);
      }
    }
  });
  it("treats the full-width ＝ ＋ － ＠ like their ASCII forms", () => {
    for (const payload of ["＝1+1", "＋1", "－1", "＠SUM(A1)", '\0＝HYPERLINK("http://x")', "\u200b＋1"]) {
      expect(safeCell(payload), JSON.stringify(payload)).toBe(`'${payload}`);
    }
  });
  it("leaves ordinary text, numbers and empties alone", () => {
    for (const text of ["王雨涵", " 王雨涵", "\u200b王雨涵", "李=红", "1-2", "a@b.cn", "", "\u200b"])
      expect(safeCell(text)).toBe(text);
    expect(safeCell("王雨涵")).toBe("王雨涵");
    expect(safeCell(8.5)).toBe(8.5);
    expect(safeCell(-3)).toBe(-3);
    expect(safeCell(null)).toBe("");
  });
});

import { gradebookCsv } from "./gradebook-csv";

describe("gradebookCsv", () => {
  it("starts with a BOM and neutralises formula-looking names", () => {
    const csv = gradebookCsv(
      [],
      [{ username: "s09", name: "=1+1", status: "未开始", late: false, submittedAt: null, scores: {}, total: null }],
    );
    expect(csv.startsWith("\uFEFF学号,姓名")).toBe(true);
    expect(csv).toContain("'=1+1");
  });
  it("neutralises a name with a leading NUL, which LibreOffice drops before reading a formula", () => {
    const row = {
      username: "s10",
      name: '\0=HYPERLINK("http://x","点我")',
      status: "未开始",
      late: false,
      submittedAt: null,
      scores: {},
      total: null,
    };
    const csv = gradebookCsv([], [row]);
    expect(csv).toContain("'\0=HYPERLINK(");
  });
});
