import { describe, expect, it } from "vitest";
import { decodeRosterFile, parseRoster } from "./roster";

const csv = "班级,学号,姓名\n23电商1班,2023010101,王小明\n23电商1班,2023010102,李红\n";

describe("decodeRosterFile", () => {
  it("reads UTF-8 with and without BOM, and GBK from Excel", () => {
    const utf8 = new TextEncoder().encode(csv);
    expect(decodeRosterFile(utf8)).toBe(csv);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    expect(parseRoster(decodeRosterFile(bom), "23电商1班").rows).toHaveLength(2);
    // "学号,姓名\n1,王" in GBK
    const gbk = new Uint8Array([0xd1, 0xa7, 0xba, 0xc5, 0x2c, 0xd0, 0xd5, 0xc3, 0xfb, 0x0a, 0x31, 0x2c, 0xcd, 0xf5]);
    expect(decodeRosterFile(gbk)).toBe("学号,姓名\n1,王");
  });
});

describe("parseRoster", () => {
  it("drops control and zero-width characters from names, so a NUL cannot hide a formula", () => {
    const { rows } = parseRoster("姓名,学号,班级\n\u0000=1+1\u200b,2023010102,23电商1班\u2060", "23电商1班");
    expect(rows[0]).toMatchObject({ name: "=1+1", className: "23电商1班", errors: [] });
  });

  it("reads the three columns in any order", () => {
    const { rows, problem } = parseRoster("姓名,学号,班级\n王小明,2023010101,23电商1班", "23电商1班");
    expect(problem).toBeNull();
    expect(rows).toEqual([{ line: 2, className: "23电商1班", username: "2023010101", name: "王小明", errors: [] }]);
  });

  it("marks duplicates, empty names, bad 学号, other classes and mojibake per row", () => {
    const { rows } = parseRoster(
      "班级,学号,姓名\n23电商1班,2023010101,王小明\n23电商1班,2023010101,王小明\n23电商1班,2023010103,\n23电商2班,有 空格,张三\n23电商1班,2023010105,\uFFFD\uFFFD",
      "23电商1班",
    );
    expect(rows.map((r) => r.errors)).toEqual([
      [],
      ["学号与第 2 行重复"],
      ["姓名为空"],
      ["学号只能包含字母、数字、点、下划线或短横线", "班级是“23电商2班”，不是“23电商1班”"],
      ["有乱码，请检查文件编码"],
    ]);
  });

  it("refuses a 5 MB file and a roster of 3,000 rows with a clear message", () => {
    expect(parseRoster("学号,姓名\n" + "1,王\n".repeat(1_300_000), "x").problem).toContain("文件太大");
    const big = "学号,姓名\n" + Array.from({ length: 3000 }, (_, i) => `s${i},学生${i}`).join("\n");
    expect(parseRoster(big, "x").problem).toContain("最多导入 500 名");
  });

  it("accepts emoji and rare characters in names", () => {
    expect(parseRoster("学号,姓名\ns1,王😀𠀀", "x").rows[0]?.errors).toEqual([]);
  });

  it("explains a missing header or an empty file", () => {
    expect(parseRoster("", "x").problem).toContain("文件是空的");
    expect(parseRoster("a,b\n1,2", "x").problem).toContain("表头");
    expect(parseRoster("学号,姓名\n", "x").problem).toContain("没有学生");
  });
});
