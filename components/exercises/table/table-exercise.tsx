"use client";

import { useState } from "react";
import type { TableAnswer } from "@/lib/exercises/answers";
import type { TableColumn } from "@/lib/exercises/definition";
import { cellKey } from "@/lib/exercises/kinds/cell-key";
import type { WidgetProps } from "../types";
import { handleCellKeys } from "./cell-navigation";
import { LimitedText } from "../limited-text";

type Props = WidgetProps<"table", TableAnswer>;

function emptyRow(columns: TableColumn[]) {
  return Object.fromEntries(columns.map((c) => [c.key, ""]));
}

export function TableExercise({ exercise, value, onChange, readOnly, cellComments }: Props) {
  const { columns, rows: rowSpec } = exercise;
  const rows = value.rows;
  const fixed = rowSpec.mode === "fixed";
  const labelHeader = fixed ? rowSpec.header : rowSpec.numberHeader;
  const rowLabel = (i: number) => (fixed ? (rowSpec.labels[i] ?? "") : String(i + 1));

  const setCell = (rowIndex: number, key: string, text: string) =>
    onChange({ rows: rows.map((row, i) => (i === rowIndex ? { ...row, [key]: text } : row)) });
  const addRow = () => onChange({ rows: [...rows, emptyRow(columns)] });
  // 删除 keeps the row for 撤销: a slip of the finger on a phone loses nothing.
  const [removed, setRemoved] = useState<{ index: number; row: Record<string, string> } | null>(null);
  const removeRow = (index: number) => {
    const row = rows[index];
    if (row && Object.values(row).some((v) => v.trim() !== "")) setRemoved({ index, row });
    onChange({ rows: rows.filter((_, i) => i !== index) });
  };
  const undoRemove = () => {
    if (!removed || !canAdd) return;
    onChange({ rows: [...rows.slice(0, removed.index), removed.row, ...rows.slice(removed.index)] });
    setRemoved(null);
  };
  const canAdd = !fixed && !readOnly && rows.length < rowSpec.max;
  const canRemove = !fixed && !readOnly && rows.length > rowSpec.min;

  return (
    <div>
      <div className="overflow-x-auto rounded-lg border border-slate-300 sm:overflow-visible" data-worksheet-table>
        {/* Fixed layout on wider screens: columns keep their width while a student types. */}
        <table className="w-full border-collapse text-left text-[15px] max-sm:block sm:table-fixed">
          <caption className="border-b border-slate-300 bg-slate-100 px-3 py-2 text-center font-semibold text-slate-800 max-sm:block">
            {exercise.caption}
          </caption>
          <thead className="bg-slate-50 text-sm text-slate-700 max-sm:hidden">
            <tr>
              <th scope="col" className="w-28 border-r border-b border-slate-300 px-3 py-2 font-semibold">
                {labelHeader}
              </th>
              {columns.map((c) => (
                <th
                  key={c.key}
                  scope="col"
                  className="border-r border-b border-slate-300 px-3 py-2 font-semibold last:border-r-0"
                >
                  {c.label}
                </th>
              ))}
              {fixed ? null : (
                <th className="w-16 border-b border-slate-300 px-2 py-2">
                  <span className="sr-only">操作</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody className="max-sm:block">
            {rows.map((row, r) => (
              <tr key={r} className="border-b border-slate-300 last:border-b-0 max-sm:block max-sm:p-3">
                <th
                  scope="row"
                  className="border-r border-slate-300 bg-slate-50 px-3 py-2 align-top text-sm font-semibold text-slate-800 max-sm:block max-sm:border-0 max-sm:bg-transparent max-sm:p-0 max-sm:pb-1"
                >
                  <span className="sm:hidden">{labelHeader}：</span>
                  {rowLabel(r)}
                </th>
                {columns.map((c, ci) => {
                  const text = row[c.key] ?? "";
                  const label = `${rowLabel(r)} · ${c.label}`;
                  const common = {
                    "data-cell": `${r}:${ci}`,
                    "aria-label": label,
                    disabled: readOnly,
                    onKeyDown: (e: React.KeyboardEvent<HTMLElement>) =>
                      handleCellKeys(e, r, ci, rows.length, columns.length),
                    className:
                      "block w-full rounded-md border border-slate-200 bg-white px-2 py-1.5 text-[15px] leading-6 focus:border-brand-600 focus:outline-2 focus:outline-brand-600/30 disabled:bg-slate-50 disabled:text-slate-700",
                  };
                  const note = cellComments?.[cellKey(r, c.key)];
                  return (
                    <td
                      key={c.key}
                      className="border-r border-slate-300 px-2 py-2 align-top last:border-r-0 max-sm:block max-sm:border-0 max-sm:px-0"
                    >
                      <span className="mb-1 block text-xs text-slate-500 sm:hidden">{c.label}</span>
                      {c.type === "select" ? (
                        <select {...common} value={text} onChange={(e) => setCell(r, c.key, e.target.value)}>
                          <option value="">请选择</option>
                          {(c.options ?? []).map((o) => (
                            <option key={o} value={o}>
                              {o}
                            </option>
                          ))}
                        </select>
                      ) : c.type === "number" ? (
                        <input
                          {...common}
                          inputMode="decimal"
                          value={text}
                          maxLength={32}
                          placeholder={c.placeholder}
                          onChange={(e) => setCell(r, c.key, e.target.value)}
                        />
                      ) : (
                        <LimitedText
                          value={text}
                          maxLength={c.maxLength}
                          onChange={(t) => setCell(r, c.key, t)}
                          textarea={{
                            ...common,
                            placeholder: c.placeholder,
                            className: `${common.className} field-sizing-content min-h-16 resize-y`,
                          }}
                        />
                      )}
                      {note ? (
                        <p
                          className="mt-1 rounded bg-amber-50 px-2 py-1 text-xs leading-5 text-amber-950"
                          data-testid="cell-comment"
                        >
                          老师：{note}
                        </p>
                      ) : null}
                    </td>
                  );
                })}
                {fixed ? null : (
                  <td className="px-2 py-2 align-top max-sm:block max-sm:px-0">
                    <button
                      type="button"
                      onClick={() => removeRow(r)}
                      disabled={!canRemove}
                      className="min-h-9 rounded-md px-2 text-sm text-red-700 hover:bg-red-50 disabled:invisible"
                      aria-label={`删除第 ${r + 1} 行`}
                    >
                      删除
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {fixed || readOnly ? null : (
        <div className="mt-2 flex items-center gap-3">
          <button
            type="button"
            onClick={addRow}
            disabled={!canAdd}
            className="min-h-9 rounded-md border border-slate-300 bg-white px-3 text-sm hover:bg-slate-50 disabled:text-slate-400"
          >
            ＋ 添加一行
          </button>
          <span className="text-xs text-slate-600">
            {rows.length} 行（{rowSpec.min}–{rowSpec.max} 行）
          </span>
        </div>
      )}
      {removed && !readOnly ? (
        <p
          role="status"
          className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-700"
          data-testid="row-removed"
        >
          已删除第 {removed.index + 1} 行。
          <button
            type="button"
            onClick={undoRemove}
            className="min-h-9 rounded-md border border-slate-300 bg-white px-3 hover:bg-slate-50"
          >
            撤销
          </button>
          <button type="button" onClick={() => setRemoved(null)} className="min-h-9 px-2 text-slate-600 underline">
            知道了
          </button>
        </p>
      ) : null}
    </div>
  );
}
