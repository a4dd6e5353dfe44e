import { describe, expect, it } from "vitest";
import { parseRoster } from "./roster";

// Roster files as schools really send them: 教务系统 exports with a title above the header,
// header spellings other than 学号/姓名, stray quotes typed into a name, blank lines, nothing at all.

/** 12 students; row 4 opens a quote that row 7 closes — a strict CSV reader makes rows 4–7 one record. */
const strayQuote = [
  "学号,姓名",
  ...Array.from({ length: 12 }, (_, i) => {
    const n = i + 1;
    const name = n === 4 ? '"孙小' : n === 7 ? '周七"' : `学生${n}`;
    return `2026${String(n).padStart(4, "0")},${name}`;
  }),
].join("\n");

describe("parseRoster on real files", () => {
  it("finds the header below a title row and blank lines, and numbers rows as in the file", () => {
    const csv =
      "2026级电商1班学生名单,,\n导出时间：2026-09-01,,\n\n序号,学号,姓名\n1,2026010101,王小明\n2,2026010102,李红\n";
    const { rows, problem, headerLine } = parseRoster(csv, "2026级电商1班");
    expect(problem).toBeNull();
    expect(headerLine).toBe(4);
    expect(rows.map((r) => [r.line, r.username, r.name, r.errors])).toEqual([
      [5, "2026010101", "王小明", []],
      [6, "2026010102", "李红", []],
    ]);
  });

  it("recognises other spellings of the header: 学生学号, 学籍号, 学生姓名, full-width letters, a required mark", () => {
    expect(parseRoster("学生学号,学生姓名\ns1,王一", "x").rows[0]).toMatchObject({ username: "s1", name: "王一" });
    expect(parseRoster("学籍号,姓名\nG4401012008,王二", "x").rows[0]).toMatchObject({ username: "g4401012008" });
    expect(parseRoster("* 学号 ,姓名（必填）,行政班\ns3,王三,x", "x").rows[0]).toMatchObject({
      username: "s3",
      name: "王三",
      errors: [],
    });
  });

  it("prefers 学号 over 学籍号 when a file has both", () => {
    const { rows } = parseRoster("学籍号,学号,姓名\nG1234567,2026010101,王小明", "x");
    expect(rows[0]?.username).toBe("2026010101");
  });

  it("reads a table pasted from Excel (tabs) and one typed with full-width commas", () => {
    expect(parseRoster("学号\t姓名\n2026010101\t王小明", "x").rows[0]).toMatchObject({ username: "2026010101" });
    expect(parseRoster("学号，姓名\n2026010101，王小明", "x").rows[0]).toMatchObject({ name: "王小明" });
  });

  it("does not let a stray quote swallow rows: 12 students preview as 12 rows, the two with quotes named", () => {
    const { rows, problem } = parseRoster(strayQuote, "x");
    expect(problem).toBeNull();
    expect(rows).toHaveLength(12);
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(rows.filter((r) => r.errors.length).map((r) => [r.line, r.errors])).toEqual([
      [5, ['姓名里有多余的英文引号（"），请删去后再导入']],
      [8, ['姓名里有多余的英文引号（"），请删去后再导入']],
    ]);
  });

  it("still reads properly quoted fields, with commas and doubled quotes inside", () => {
    const { rows } = parseRoster('学号,姓名,备注\n"2026010101","李, 红","他说""好"""', "x");
    expect(rows[0]).toMatchObject({ username: "2026010101", name: "李, 红", errors: [] });
  });

  it("says what is wrong with an empty file, a file of blank lines, a header alone and a file without a header", () => {
    expect(parseRoster("", "x").problem).toBe("文件是空的，里面没有任何内容。");
    expect(parseRoster("\uFEFF\n , \n,,\n", "x").problem).toBe("文件是空的，里面没有任何内容。");
    expect(parseRoster("2026级电商1班学生名单\n学号,姓名\n\n", "x").problem).toBe("第 2 行是表头，但下面没有学生。");
    expect(parseRoster("名单\n编号,名字\n1,王", "x").problem).toContain("前 10 行里没有找到表头");
  });

  it("explains Excel formula errors instead of calling them a bad 学号", () => {
    const { rows } = parseRoster("学号,姓名\n#N/A,王一\n2026010102,#REF!", "x");
    expect(rows.map((r) => r.errors)).toEqual([
      ["学号是 Excel 公式错误（#N/A），请在 Excel 里检查公式"],
      ["姓名是 Excel 公式错误（#REF!），请在 Excel 里检查公式"],
    ]);
  });
});
