import { decodeRosterFile } from "@/lib/classes/roster";
import { rosterMessages as m } from "@/lib/messages/roster";
import { readXlsxRoster } from "../../roster-actions";

// An uploaded roster file becomes text for the preview. What a file really is decides, not its
// name: 教务系统 ".xls" exports are often a web page or tab-separated text, and an .xlsx is a zip.

export type ReadFile = { text: string } | { error: string };

/** Server actions take bodies up to 1 MB; say so before sending a bigger file. */
const MAX_XLSX_BYTES = 900 * 1024;

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, i) => bytes[i] === byte);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The first table of an HTML page as tab-separated lines (DOMParser runs no script). */
function htmlTableText(html: string): string | null {
  const page = new DOMParser().parseFromString(html, "text/html");
  page.querySelectorAll("script, style").forEach((node) => node.remove()); // their text is no cell's
  const table = page.querySelector("table");
  if (!table) return null;
  return Array.from(table.rows, (row) =>
    Array.from(row.cells, (cell) => (cell.textContent ?? "").replace(/\s+/g, " ").trim()).join("\t"),
  ).join("\n");
}

export async function readRosterFile(file: File): Promise<ReadFile> {
  if (file.size === 0) return { error: m.emptyFile(file.name) };
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  if (startsWith(head, OLE)) return { error: m.legacyXls };
  if (startsWith(head, ZIP)) {
    if (file.size > MAX_XLSX_BYTES) return { error: "文件太大（超过 900 KB），请分批导入，或另存为 CSV。" };
    const form = new FormData();
    form.set("file", file);
    const read = await readXlsxRoster(form).catch(() => null);
    if (read?.ok) return { text: read.data.csv };
    return { error: read?.message ?? "无法读取这个文件，请检查网络后再试。" };
  }
  const text = decodeRosterFile(new Uint8Array(await file.arrayBuffer()));
  if (/^\s*</.test(text.replace(/^\uFEFF/, ""))) {
    const table = htmlTableText(text);
    return table === null ? { error: m.htmlXls } : { text: table };
  }
  return { text };
}
