import Papa from "papaparse";
import { cleanName } from "@/lib/validations/clean-text";
import { usernameSchema } from "@/lib/validations/user";

// Class rosters from a spreadsheet saved as CSV: columns 班级, 学号, 姓名, in UTF-8 (with or
// without BOM) or GBK, which is what Excel on a Chinese Windows PC writes.

export type RosterRow = { line: number; className: string; username: string; name: string; errors: string[] };

/** Text of an uploaded CSV: UTF-8 when it decodes cleanly, otherwise GBK. */
export function decodeRosterFile(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder("gbk").decode(bytes);
  }
}

const HEADERS = { className: ["班级", "班级名称"], username: ["学号", "账号"], name: ["姓名", "名字"] } as const;

export type RosterParse = { rows: RosterRow[]; problem: string | null };

/** Reads the roster and checks every row; nothing is written until the teacher confirms. */
/** A roster of 500 students is about 20 KB; anything this large is not a roster. */
export const MAX_ROSTER_CHARS = 200_000;

export function parseRoster(text: string, targetClass: string): RosterParse {
  if (text.length > MAX_ROSTER_CHARS)
    return { rows: [], problem: "文件太大，不像是学生名单。一次最多导入 500 名学生，请检查文件或分批导入。" };
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" });
  const [header, ...body] = parsed.data;
  if (!header) return { rows: [], problem: "文件是空的。" };
  const find = (names: readonly string[]) => header.findIndex((h) => names.includes(h.trim()));
  const col = { className: find(HEADERS.className), username: find(HEADERS.username), name: find(HEADERS.name) };
  if (col.username < 0 || col.name < 0) {
    return {
      rows: [],
      problem:
        "第一行必须是表头，至少包含“学号”和“姓名”两列（可以再加“班级”列）。如果看到乱码，请把表格另存为 CSV（UTF-8 或 GBK）。",
    };
  }
  if (body.length > 500) return { rows: [], problem: "一次最多导入 500 名学生，请分批导入。" };

  const seen = new Map<string, number>();
  const rows = body.map((cells, i) => {
    const cell = (index: number) => (index >= 0 ? (cells[index] ?? "").trim() : "");
    const row: RosterRow = {
      line: i + 2,
      className: cleanName(cell(col.className)),
      username: cell(col.username).toLowerCase(),
      name: cleanName(cell(col.name)),
      errors: [],
    };
    const username = usernameSchema.safeParse(row.username);
    if (!row.username) row.errors.push("学号为空");
    else if (!username.success) row.errors.push("学号只能包含字母、数字、点、下划线或短横线");
    if (!row.name) row.errors.push("姓名为空");
    else if (row.name.length > 40) row.errors.push("姓名太长");
    if (/\uFFFD/.test(row.name + row.className)) row.errors.push("有乱码，请检查文件编码");
    if (row.className && row.className !== targetClass)
      row.errors.push(`班级是“${row.className}”，不是“${targetClass}”`);
    const first = seen.get(row.username);
    if (row.username && first !== undefined) row.errors.push(`学号与第 ${first} 行重复`);
    else if (row.username) seen.set(row.username, row.line);
    return row;
  });
  return { rows, problem: rows.length === 0 ? "文件里只有表头，没有学生。" : null };
}
