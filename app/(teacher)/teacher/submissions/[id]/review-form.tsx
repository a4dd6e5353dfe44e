"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { callAction } from "@/lib/actions/call";
import type { ActionResult } from "@/lib/actions/result";
import type { GivenLevel, RubricLevel } from "@/lib/rubrics/levels";
import { CommentBank, type BankEntry } from "./comment-bank";
import { RubricPicker } from "./rubric-picker";
import { reviewSubmission } from "./actions";
import { useReviewDraft } from "./use-review-draft";

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

type Props = {
  submissionId: string;
  rows: ReviewRow[];
  comment: string;
  prevHref: string | null;
  nextHref: string | null;
  bank: BankEntry[];
};

type Target = number | "overall";

/**
 * Scores and comments per exercise, an overall comment, and 批改完成 / 退回修改.
 * J / K (or ← →) move to the next / previous student's submission of the same assignment.
 */
export function ReviewForm({
  submissionId,
  rows: initialRows,
  comment: initialComment,
  prevHref,
  nextHref,
  bank,
}: Props) {
  const router = useRouter();
  const [rows, setRows] = useState(initialRows);
  const [comment, setComment] = useState(initialComment);
  const [result, setResult] = useState<ActionResult<{ score: number }> | null>(null);
  const [retrying, setRetrying] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const total = rows.reduce((s, r) => s + (r.score ?? 0), 0);
  const [target, setTarget] = useState<Target>("overall");
  const [entries, setEntries] = useState(bank);
  const [blankWarning, setBlankWarning] = useState<{ thenNext: boolean } | null>(null);
  const [leaveWarning, setLeaveWarning] = useState(false);
  const [saved, setSaved] = useState({ rows: initialRows, comment: initialComment });
  const draft = useReviewDraft(`kefu:v1:review:${submissionId}`, saved, { rows, comment }, (d) => {
    setRows(d.rows);
    setComment(d.comment);
  });
  const blank = rows.filter((r) => r.score === null);

  const textOf = (t: Target) => (t === "overall" ? comment : (rows[t]?.comment ?? ""));
  const setText = (t: Target, text: string) =>
    t === "overall"
      ? setComment(text)
      : setRows((current) => current.map((r, j) => (j === t ? { ...r, comment: text } : r)));
  const insert = (t: Target, text: string) => {
    const before = textOf(t);
    setText(t, before ? `${before} ${text}` : text);
  };
  // Alt + 1…9 inserts that 评语库 entry into the comment being written.
  const bankKeys = (t: Target) => (e: React.KeyboardEvent) => {
    if (!e.altKey || !/^[1-9]$/.test(e.key)) return;
    const entry = entries[Number(e.key) - 1];
    if (!entry) return;
    e.preventDefault();
    insert(t, entry.text);
  };

  // 批改完成 with a part left unscored asks first, naming the parts (Ctrl+Enter too).
  const finish = (thenNext: boolean, confirmed = false) => {
    if (blank.length && !confirmed) {
      setBlankWarning({ thenNext });
      document.querySelector<HTMLInputElement>(`[aria-label="“${blank[0]!.title}”的得分"]`)?.focus();
      return;
    }
    setBlankWarning(null);
    send("grade", thenNext);
  };

  const send = (decision: "grade" | "return", thenNext = false) =>
    startTransition(async () => {
      const request = {
        submissionId,
        decision,
        comment,
        exercises: rows.map((r) => ({
          exerciseId: r.exerciseId,
          score: r.score,
          comment: r.comment,
          cells: r.cellComments,
          rubricLevel: r.rubricLevel && r.rubricLevel.points === r.score ? r.rubricLevel : null,
        })),
      };
      // Saving the same review twice gives the same result, so a lost reply is sent again too.
      const response = await callAction(() => reviewSubmission(request), {
        repeatable: true,
        onRetry: ({ attempt, waitMs, why }) =>
          setRetrying(
            `${why === "busy" ? "服务器正忙" : "没有连上服务器"}，批改还没有保存，${Math.round(waitMs / 1000)} 秒后自动重试（第 ${attempt} 次）。批改内容留在本机。`,
          ),
      });
      setRetrying(null);
      setResult(response);
      if (!response.ok) return;
      setSaved({ rows, comment });
      if (thenNext && nextHref) router.push(nextHref);
      else router.refresh();
    });

  // Keyboard: J / K (or → ←) outside text fields move between students; Ctrl+Enter anywhere
  // finishes the review and opens the next student.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key === "Enter") {
        e.preventDefault();
        if (!pending) finish(true, !!blankWarning);
        return;
      }
      if (e.target instanceof HTMLElement && e.target.closest("input, textarea, select")) return;
      const key = e.key.toLowerCase();
      const href =
        key === "j" || e.key === "ArrowRight" ? nextHref : key === "k" || e.key === "ArrowLeft" ? prevHref : null;
      if (!href) return;
      // Unsaved scores: the first press warns (the draft stays in this browser), a second one leaves.
      if (draft.dirty && !leaveWarning) {
        setLeaveWarning(true);
        return;
      }
      router.push(href);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  return (
    <section aria-labelledby="review-heading" className="rounded-xl border border-brand-100 bg-white p-4 sm:p-5">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="review-heading" className="text-lg font-semibold">
          批改
        </h2>
        <p className="text-sm text-slate-500">
          {prevHref ? (
            <a href={prevHref} className="mr-3 underline">
              ← 上一位（K）
            </a>
          ) : null}
          {nextHref ? (
            <a href={nextHref} className="underline">
              下一位（J）→
            </a>
          ) : null}
        </p>
      </div>
      <ol className="mt-3 space-y-3">
        {rows.map((row, i) => (
          <li key={row.exerciseId} className="grid gap-2 sm:grid-cols-[1fr_7rem]">
            <label className="text-sm">
              <span className="block font-medium text-slate-800">
                {row.title}
                {row.auto ? "（已自动评分，可修改）" : ""}
                {row.carriedFrom ? (
                  <span
                    className="ml-1 rounded bg-amber-100 px-1.5 text-xs font-normal text-amber-900"
                    data-testid="carried-over"
                  >
                    沿用第 {row.carriedFrom} 次的批改
                  </span>
                ) : null}
              </span>
              <input
                value={row.comment}
                onFocus={() => setTarget(i)}
                onKeyDown={bankKeys(i)}
                onChange={(e) => setRows(rows.map((r, j) => (j === i ? { ...r, comment: e.target.value } : r)))}
                placeholder="评语（可选）"
                aria-label={`“${row.title}”的评语`}
                className="mt-1 block min-h-10 w-full rounded-md border border-slate-300 px-3"
              />
            </label>
            <label className="text-sm">
              <span className="block text-slate-600">得分 / {row.points}</span>
              <input
                type="number"
                min={0}
                max={row.points}
                step={0.5}
                value={row.score ?? ""}
                onChange={(e) =>
                  setRows(
                    rows.map((r, j) =>
                      j === i ? { ...r, score: e.target.value === "" ? null : Number(e.target.value) } : r,
                    ),
                  )
                }
                aria-label={`“${row.title}”的得分`}
                className="mt-1 block min-h-10 w-full rounded-md border border-slate-300 px-3"
              />
            </label>
            {row.rubric ? (
              <RubricPicker
                title={row.title}
                levels={row.rubric}
                score={row.score}
                given={row.rubricLevel}
                onPick={(level) =>
                  setRows(
                    rows.map((r, j) =>
                      j === i
                        ? { ...r, score: level.points, rubricLevel: { label: level.label, points: level.points } }
                        : r,
                    ),
                  )
                }
              />
            ) : null}
            {row.cells.length ? (
              <details className="text-sm sm:col-span-2">
                <summary className="cursor-pointer text-slate-600">
                  逐格评语（{row.cells.filter((c) => c.answer).length} / {row.cells.length} 格已填写）
                </summary>
                <ul className="mt-2 space-y-2">
                  {row.cells.map((cell) => (
                    <li key={cell.key} className="grid gap-1 sm:grid-cols-[14rem_1fr]">
                      <span className="text-slate-600">
                        {cell.label}：
                        <span className="text-slate-900">
                          {!cell.answer
                            ? "（未填）"
                            : cell.answer.length > 40
                              ? `${cell.answer.slice(0, 40)}…`
                              : cell.answer}
                        </span>
                      </span>
                      <input
                        value={row.cellComments[cell.key] ?? ""}
                        onChange={(e) =>
                          setRows(
                            rows.map((r, j) =>
                              j === i ? { ...r, cellComments: { ...r.cellComments, [cell.key]: e.target.value } } : r,
                            ),
                          )
                        }
                        aria-label={`${cell.label}的评语`}
                        placeholder="这一格的评语"
                        className="min-h-9 rounded-md border border-slate-300 px-2"
                      />
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </li>
        ))}
      </ol>
      <label className="mt-4 block text-sm">
        <span className="block font-medium text-slate-800">总评</span>
        <textarea
          value={comment}
          onFocus={() => setTarget("overall")}
          onKeyDown={bankKeys("overall")}
          onChange={(e) => setComment(e.target.value)}
          rows={3}
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2"
        />
      </label>
      <p className="mt-3 text-sm text-slate-700" data-testid="review-total">
        总分 {total} / {rows.reduce((s, r) => s + r.points, 0)}
      </p>
      {draft.restored ? (
        <div className="mt-3" data-testid="review-draft-restored">
          <Notice tone="info">
            已恢复上次没有保存的批改（保存在这台电脑上）。
            <button type="button" className="ml-2 underline" onClick={draft.discard}>
              丢弃，改回已保存的版本
            </button>
          </Notice>
        </div>
      ) : null}
      {blankWarning ? (
        <div className="mt-3" data-testid="blank-warning">
          <Notice tone="error">
            还有 {blank.length} 道练习没有打分：{blank.map((r) => `“${r.title}”`).join("、")}。空着的不计分。
            <span className="mt-2 flex flex-wrap gap-2">
              <Button onClick={() => finish(blankWarning.thenNext, true)} disabled={pending}>
                仍然批改完成
              </Button>
              <Button variant="secondary" onClick={() => setBlankWarning(null)}>
                回去打分
              </Button>
            </span>
          </Notice>
        </div>
      ) : null}
      {leaveWarning && draft.dirty ? (
        <div className="mt-3" data-testid="leave-warning">
          <Notice tone="error">
            这份批改还没保存。按 Ctrl+Enter 批改完成；再按一次 J / K
            就不保存离开（已填的内容留在这台电脑上，回来时恢复）。
          </Notice>
        </div>
      ) : null}
      <div className="mt-3 flex flex-wrap gap-2">
        <Button onClick={() => finish(false)} disabled={pending}>
          批改完成
        </Button>
        <Button variant="secondary" onClick={() => send("return")} disabled={pending}>
          退回修改
        </Button>
      </div>
      <p className="mt-2 text-xs text-slate-500">
        快捷键：Ctrl+Enter 批改完成并打开下一位；J / K 下一位 / 上一位；在评语框里按 Alt+数字 插入评语库。
      </p>
      {retrying ? (
        <div className="mt-3" data-testid="review-retrying">
          <Notice tone="info">{retrying}</Notice>
        </div>
      ) : result?.message ? (
        <div className="mt-3">
          <Notice tone={result.ok ? "success" : "error"}>{result.message}</Notice>
        </div>
      ) : null}
      <CommentBank
        entries={entries}
        onEntries={setEntries}
        currentText={textOf(target)}
        targetLabel={target === "overall" ? "总评" : `“${rows[target]?.title ?? ""}”的评语`}
        onInsert={(text) => insert(target, text)}
      />
    </section>
  );
}
