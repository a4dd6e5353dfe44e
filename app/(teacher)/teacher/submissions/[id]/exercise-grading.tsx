"use client";

import type { Ref } from "react";
import type { GivenLevel, RubricLevel } from "@/lib/rubrics/levels";
import { RubricPicker } from "./rubric-picker";

export type ReviewRow = {
  exerciseId: string;
  title: string;
  points: number;
  score: number | null;
  comment: string;
  auto: boolean;
  /** The version whose review this row starts from (a resubmission not yet reviewed), else null. */
  carriedFrom: number | null;
  /** For tables: every cell, each of which can get its own comment (empty ones too). */
  cells: { key: string; label: string; answer: string }[];
  cellComments: Record<string, string>;
  rubric?: RubricLevel[];
  /** The rubric level the saved score was given with, as it read then. */
  rubricLevel: GivenLevel | null;
};

/** Where a 评语库 entry goes: an exercise's comment, one of its cells, or the 总评. */
export type CommentTarget = { row: number; cell?: string } | "overall";

type Props = {
  row: ReviewRow;
  index: number;
  onChange: (row: ReviewRow) => void;
  /** Enter in the score or comment field: on to the next exercise's score (or the 总评). */
  onNext: () => void;
  onTarget: (target: CommentTarget) => void;
  /** Alt + 1…9 from the 评语库 into the field that has the focus. */
  bankKeys: (target: CommentTarget) => (e: React.KeyboardEvent) => void;
  scoreRef: Ref<HTMLInputElement>;
};

const input = "mt-1 block min-h-10 w-full rounded-md border border-slate-300 px-3";

/**
 * One exercise's score, rubric, comment and per-cell comments, shown beside its answer.
 * Keys: Enter goes on to the next score; Shift+number picks that rubric level.
 */
export function ExerciseGrading({ row, index, onChange, onNext, onTarget, bankKeys, scoreRef }: Props) {
  const pick = (level: RubricLevel) =>
    onChange({ ...row, score: level.points, rubricLevel: { label: level.label, points: level.points } });
  const onScoreKey = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter" && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      onNext();
      return;
    }
    // Shift+1…9 picks a rubric level (e.code, so it works whatever Shift+1 types on this keyboard).
    const digit = /^Digit([1-9])$/.exec(e.code)?.[1];
    const level = e.shiftKey && digit ? row.rubric?.[Number(digit) - 1] : undefined;
    if (level) {
      e.preventDefault();
      pick(level);
    }
  };
  const filled = row.cells.filter((c) => c.answer).length;
  return (
    <div className="space-y-3 rounded-lg border border-brand-100 bg-brand-50/40 p-3 text-sm">
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <span className="font-medium text-slate-800">批改 · {row.title}</span>
        {row.auto ? <span className="text-xs text-slate-600">已自动评分，可修改</span> : null}
        {row.carriedFrom ? (
          <span className="rounded bg-amber-100 px-1.5 text-xs text-amber-900" data-testid="carried-over">
            沿用第 {row.carriedFrom} 次的批改
          </span>
        ) : null}
      </div>
      <label className="block">
        <span className="block text-slate-700">
          得分 / {row.points}
          {row.score === null ? <span className="ml-2 text-xs text-red-700">未打分</span> : null}
        </span>
        <input
          ref={scoreRef}
          type="number"
          inputMode="decimal"
          min={0}
          max={row.points}
          step={0.5}
          value={row.score ?? ""}
          onChange={(e) => onChange({ ...row, score: e.target.value === "" ? null : Number(e.target.value) })}
          onKeyDown={onScoreKey}
          aria-label={`“${row.title}”的得分`}
          aria-keyshortcuts={row.rubric ? "Enter Shift+1 Shift+2 Shift+3" : "Enter"}
          data-review-score={index}
          className={input}
        />
      </label>
      {row.rubric ? (
        <RubricPicker title={row.title} levels={row.rubric} score={row.score} given={row.rubricLevel} onPick={pick} />
      ) : null}
      <label className="block">
        <span className="block text-slate-700">评语（可选）</span>
        <input
          value={row.comment}
          onFocus={() => onTarget({ row: index })}
          onKeyDown={(e) => {
            bankKeys({ row: index })(e);
            if (e.key === "Enter" && !e.ctrlKey && !e.metaKey) {
              e.preventDefault();
              onNext();
            }
          }}
          onChange={(e) => onChange({ ...row, comment: e.target.value })}
          placeholder="写评语，或从评语库插入"
          aria-label={`“${row.title}”的评语`}
          className={input}
        />
      </label>
      {row.cells.length ? (
        <details>
          <summary className="cursor-pointer text-slate-600">
            逐格评语（{filled} / {row.cells.length} 格已填写）
          </summary>
          <ul className="mt-2 space-y-2">
            {row.cells.map((cell) => (
              <li key={cell.key}>
                <span className="block text-slate-600">
                  {cell.label}：
                  <span className="text-slate-900">
                    {!cell.answer ? "（未填）" : cell.answer.length > 40 ? `${cell.answer.slice(0, 40)}…` : cell.answer}
                  </span>
                </span>
                <input
                  value={row.cellComments[cell.key] ?? ""}
                  onFocus={() => onTarget({ row: index, cell: cell.key })}
                  onKeyDown={bankKeys({ row: index, cell: cell.key })}
                  onChange={(e) =>
                    onChange({ ...row, cellComments: { ...row.cellComments, [cell.key]: e.target.value } })
                  }
                  aria-label={`${cell.label}的评语`}
                  placeholder="这一格的评语"
                  className="mt-1 block min-h-9 w-full rounded-md border border-slate-300 px-2"
                />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
