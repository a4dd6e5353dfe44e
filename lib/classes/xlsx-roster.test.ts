import ExcelJS from "exceljs";
import { strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { parseRoster } from "./roster";
import { xlsxToCsv } from "./xlsx-roster";

async function rosterXlsx(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  fill(book.addWorksheet("名单"));
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The same .xlsx with one part replaced (or added), compressed as hard as the format allows. */
function withPart(xlsx: Uint8Array, name: string, text: string): Uint8Array {
  const parts: Zippable = { ...unzipSync(xlsx) };
  parts[name] = [strToU8(text), { level: 9, mem: 12 }];
  return zipSync(parts);
}

/** Shared strings with `count` copies of one short name: highly compressible, like a zip bomb. */
function sharedStrings(count: number): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${count}" uniqueCount="${count}">` +
    "<si><t>学号</t></si><si><t>姓名</t></si>" +
    "<si><t>王小明</t></si>".repeat(count) +
    "</sst>"
  );
}

const basic = () =>
  rosterXlsx((sheet) => {
    sheet.addRow(["学号", "姓名"]);
    sheet.addRow(["2023010101", "王小明"]);
  });

/** Overwrites the declared uncompressed size of `name` in the central directory (the part exceljs trusts). */
function lieAboutSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const wanted = strToU8(name);
  for (let at = 0; at + 46 <= out.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    const found = out.subarray(at + 46, at + 46 + nameLength);
    if (found.length === wanted.length && found.every((b, i) => b === wanted[i])) {
      view.setUint32(at + 24, size, true);
      return out;
    }
  }
  throw new Error(`no ${name} in the zip`);
}

/** Random CJK text: does not compress, so it gets past the size checks and tests the cell cap. */
function randomHan(length: number): string {
  let text = "";
  for (let i = 0; i < length; i++) text += String.fromCharCode(0x4e00 + Math.floor(Math.random() * 0x5000));
  return text;
}

const records = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: "greedy" }).data;

describe("xlsxToCsv", () => {
  it("turns the first sheet of an Excel roster into rows the roster check reads", async () => {
    const bytes = await rosterXlsx((sheet) => {
      sheet.addRow(["班级", "学号", "姓名"]);
      sheet.addRow(["23电商1班", 2023010101, "王小明"]);
      sheet.addRow(["23电商1班", "2023010102", "李, 红"]);
    });
    const { rows, problem } = parseRoster(await xlsxToCsv(bytes), "23电商1班");
    expect(problem).toBeNull();
    expect(rows.map((r) => [r.username, r.name, r.errors])).toEqual([
      ["2023010101", "王小明", []],
      ["2023010102", "李, 红", []],
    ]);
  });

  it("reads rich text, links and formula results as their text", async () => {
    const bytes = await rosterXlsx((sheet) => {
      sheet.addRow(["学号", "姓名"]);
      sheet.addRow([
        { formula: "2023010100+1", result: 2023010101 },
        { richText: [{ text: "王", font: { bold: true } }, { text: "小明" }] },
      ]);
      sheet.addRow(["2023010102", { text: "李红", hyperlink: "https://example.edu.cn" }]);
    });
    const { rows } = parseRoster(await xlsxToCsv(bytes), "23电商1班");
    expect(rows.map((r) => [r.username, r.name, r.errors])).toEqual([
      ["2023010101", "王小明", []],
      ["2023010102", "李红", []],
    ]);
  });

  it("refuses a zip bomb from its directory, before exceljs unpacks it", async () => {
    // A million shared strings: 24 MB unpacked from an upload of under 100 KB.
    const bomb = withPart(await basic(), "xl/sharedStrings.xml", sharedStrings(1_000_000));
    expect(bomb.length).toBeLessThan(100 * 1024);
    const started = performance.now();
    await expect(xlsxToCsv(bomb)).rejects.toThrow(/文件解压后太大/);
    expect(performance.now() - started).toBeLessThan(3000);
  }, 30_000);

  it("refuses a part that unpacks far beyond its size (a compression ratio no spreadsheet has)", async () => {
    // 2 MB of one repeated name: under the size limits, but 1000 times its packed size.
    const bomb = withPart(await basic(), "xl/sharedStrings.xml", sharedStrings(100_000));
    await expect(xlsxToCsv(bomb)).rejects.toThrow(/压缩比/);
  });

  it("refuses a part whose directory understates its size, stopping at the stated size", async () => {
    const bomb = lieAboutSize(
      withPart(await basic(), "xl/sharedStrings.xml", sharedStrings(1_000_000)),
      "xl/sharedStrings.xml",
      1000,
    );
    const started = performance.now();
    await expect(xlsxToCsv(bomb)).rejects.toThrow(/文件解压后太大/);
    expect(performance.now() - started).toBeLessThan(3000);
  }, 30_000);

  it("refuses a file that is not a zip, in Chinese", async () => {
    await expect(xlsxToCsv(strToU8("学号,姓名\n2023010101,王小明\n"))).rejects.toThrow(/无法读取这个 Excel 文件/);
    const cut = await basic();
    await expect(xlsxToCsv(cut.subarray(0, cut.length - 10))).rejects.toThrow(/无法读取这个 Excel 文件/);
  });

  it("stops reading after one row more than a roster may have, so the check still says there are too many", async () => {
    const bytes = await rosterXlsx((sheet) => {
      sheet.addRow(["学号", "姓名"]);
      for (let i = 1; i <= 800; i++) {
        if (i % 3 === 0) sheet.addRow([" ", ""]); // blank-looking rows do not count towards the limit
        sheet.addRow([`s${i}`, `学生${i}`]);
      }
    });
    const csv = await xlsxToCsv(bytes);
    // Room for ten title rows above the header, the header, and one student more than allowed.
    expect(records(csv)).toHaveLength(10 + 1 + 501);
    expect(parseRoster(csv, "23电商1班").problem).toBe("一次最多导入 500 名学生，请分批导入。");
  });

  it("sends back only the start of an overlong cell, so the row is flagged instead of echoed", async () => {
    const long = randomHan(200_000);
    const bytes = await rosterXlsx((sheet) => {
      sheet.addRow(["学号", "姓名"]);
      sheet.addRow(["2023010101", long]);
      sheet.addRow([`s${"9".repeat(100)}`, "李红"]);
      sheet.addRow(["2023010103", "张三"]);
    });
    const csv = await xlsxToCsv(bytes);
    expect(csv.length).toBeLessThan(500);
    const { rows, problem } = parseRoster(csv, "23电商1班");
    expect(problem).toBeNull();
    expect(rows[0]?.name).toBe(`${long.slice(0, 50)}…（这一格共 200000 个字，太长）`);
    expect(rows[0]?.errors).toContain("姓名太长");
    expect(rows[1]?.errors.length).toBeGreaterThan(0);
    expect(rows[2]?.errors).toEqual([]);
  });

  it("reads only the first columns of a row, however far right a cell is", async () => {
    const bytes = await rosterXlsx((sheet) => {
      sheet.addRow(["学号", "姓名"]);
      sheet.addRow(["2023010101", "王小明"]);
      sheet.getCell("XFD2").value = "很远的一格";
    });
    const csv = await xlsxToCsv(bytes);
    expect(csv.length).toBeLessThan(200);
    expect(parseRoster(csv, "23电商1班").rows.map((r) => [r.username, r.name, r.errors])).toEqual([
      ["2023010101", "王小明", []],
    ]);
  });
});
