"use client";

import type { RosterParse, RosterRow } from "@/lib/classes/roster";
import { willImport, type AccountCheck } from "@/lib/classes/roster-accounts";

// The checked roster, row by row as in the file: what import will do with each row, and why a
// row is left out. A 学号 whose account has another name waits for the teacher's confirmation.

export type RowVerdict = {
  row: RosterRow;
  check: AccountCheck | undefined;
  imported: boolean;
  /** Why the row is left out; null when it is imported. */
  reason: string | null;
  tone: "ok" | "error" | "warn" | "skip";
};

function verdictOf(row: RosterRow, check: AccountCheck | undefined, confirmed: ReadonlySet<string>): RowVerdict {
  if (row.errors.length) return { row, check, imported: false, reason: row.errors.join("；"), tone: "error" };
  if (!check) return { row, check, imported: true, reason: null, tone: "ok" };
  const imported = willImport(check, confirmed);
  const other = check.existingName ? `“${check.existingName}”` : "另一个名字";
  if (check.status === "in-class")
    return {
      row,
      check,
      imported,
      reason: check.mismatch ? `已在本班（系统里的姓名是${other}，与名单不一致）` : "已在本班",
      tone: "skip",
    };
  if (check.status === "elsewhere")
    return {
      row,
      check,
      imported,
      reason: `已有账号，不能由名单导入，请让他登录后用班级码加入${check.mismatch ? "；系统里这个学号的姓名与名单不一致，学号可能填错了" : ""}`,
      tone: check.mismatch ? "warn" : "skip",
    };
  if (check.status === "enrol" && check.mismatch && !imported)
    return { row, check, imported, reason: `姓名与系统里的${other}不一致，需要确认`, tone: "warn" };
  return { row, check, imported, reason: null, tone: "ok" };
}

export function verdicts(preview: RosterParse, accounts: AccountCheck[] | null, confirmed: ReadonlySet<string>) {
  const byLine = new Map((accounts ?? []).map((c) => [c.line, c]));
  return preview.rows.map((row) => verdictOf(row, byLine.get(row.line), confirmed));
}

const TONE = { ok: "", error: "bg-red-50", warn: "bg-amber-50", skip: "bg-slate-50" } as const;
const TEXT = { ok: "text-green-700", error: "text-red-700", warn: "text-amber-800", skip: "text-slate-600" } as const;

function okText(check: AccountCheck | undefined, checking: boolean) {
  if (!check) return checking ? "✓（正在核对已有账号……）" : "✓";
  if (check.status === "new") return "✓ 新建账号";
  return check.mismatch ? `✓ 已确认，把系统里的“${check.existingName}”加入本班` : "✓ 已有账号（你的学生），加入本班";
}

export function RosterPreviewTable({
  rows,
  checking,
  confirmed,
  onConfirm,
}: {
  rows: RowVerdict[];
  checking: boolean;
  confirmed: ReadonlySet<string>;
  onConfirm: (username: string, yes: boolean) => void;
}) {
  return (
    <div className="mt-3 max-h-96 overflow-auto">
      <table className="w-full text-left text-sm">
        <thead className="sticky top-0 bg-white text-slate-500">
          <tr>
            <th className="py-1 pr-2">行</th>
            <th className="py-1 pr-2">学号</th>
            <th className="py-1 pr-2">姓名</th>
            <th className="py-1">检查</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ row, check, reason, tone }) => {
            const askConfirm = check?.status === "enrol" && check.mismatch;
            return (
              <tr key={row.line} className={`border-t border-slate-100 align-top ${TONE[tone]}`} data-line={row.line}>
                <td className="py-1 pr-2 text-slate-500">{row.line}</td>
                <td className="py-1 pr-2 font-mono whitespace-nowrap">{row.username}</td>
                <td className="py-1 pr-2 whitespace-nowrap">{row.name}</td>
                <td className={`py-1 ${TEXT[tone]}`}>
                  {askConfirm ? (
                    <div data-mismatch={row.username}>
                      <p>
                        ⚠ 系统里学号 {row.username} 是“{check.existingName}”，名单上是“{row.name}”：学号可能填错了。
                      </p>
                      <label className="mt-1 flex items-start gap-2 text-slate-800">
                        <input
                          type="checkbox"
                          className="mt-1"
                          checked={confirmed.has(row.username)}
                          onChange={(e) => onConfirm(row.username, e.target.checked)}
                        />
                        <span>确认是同一人，把“{check.existingName}”加入本班（姓名不改）</span>
                      </label>
                    </div>
                  ) : reason ? (
                    (tone === "error" ? "不导入：" : "") + reason
                  ) : (
                    okText(check, checking)
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Every row that will not be imported, by its line in the file and the reason. */
export function SkippedRows({ rows, label }: { rows: { line: number; reason: string }[]; label: string }) {
  if (rows.length === 0) return null;
  return (
    <details className="mt-3 rounded-md border border-slate-200 bg-slate-50 p-3 text-sm" open={rows.length <= 10}>
      <summary className="cursor-pointer font-medium text-slate-800">
        {label}（{rows.length} 行）
      </summary>
      <ul aria-label={label} className="mt-2 space-y-1 text-slate-700">
        {rows.map((r) => (
          <li key={r.line} data-skipped={r.line}>
            第 {r.line} 行：{r.reason}
          </li>
        ))}
      </ul>
    </details>
  );
}
