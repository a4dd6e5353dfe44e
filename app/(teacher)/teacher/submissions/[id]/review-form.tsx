"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { callAction } from "@/lib/actions/call";
import type { ActionResult } from "@/lib/actions/result";
import { totalScore } from "@/lib/grades/total";
import { CommentBank, type BankEntry } from "./comment-bank";
import { ExerciseGrading, type CommentTarget, type ReviewRow } from "./exercise-grading";
import { reviewSubmission } from "./actions";
import { ReviewBar } from "./review-bar";
import { useReviewDraft } from "./use-review-draft";

export type { ReviewRow };

type Props = {
  submissionId: string;
  rows: ReviewRow[];
  comment: string;
  prevHref: string | null;
  nextHref: string | null;
  bank: BankEntry[];
  /** Each exercise's answer (keyed by exercise id), shown beside its score on a wide screen, above it on a phone. */
  answers: Record<string, ReactNode>;
};

/**
 * Each exercise's answer beside its score, comment and rubric, then the 总评, with a footer that stays
 * in view (总分, 批改完成 / 退回修改). Opens on the first unscored score; Enter goes on to the next one.
 * J / K (or ← →) move to the next / previous student's submission of the same assignment.
 */
export function ReviewForm({
  submissionId,
  answers,
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
  // The same function adds up the stored total, the matrix and the exports.
  const total = totalScore(Object.fromEntries(rows.map((r) => [r.exerciseId, r.score]))) ?? 0;
  const [target, setTarget] = useState<CommentTarget>("overall");
  const [entries, setEntries] = useState(bank);
  const [blankWarning, setBlankWarning] = useState<{ thenNext: boolean } | null>(null);
  const [leaveWarning, setLeaveWarning] = useState(false);
  const [saved, setSaved] = useState({ rows: initialRows, comment: initialComment });
  const draft = useReviewDraft(`kefu:v1:review:${submissionId}`, saved, { rows, comment }, (d) => {
    setRows(d.rows);
    setComment(d.comment);
  });
  const blank = rows.filter((r) => r.score === null);
  const scoreFields = useRef<(HTMLInputElement | null)[]>([]);
  const overallField = useRef<HTMLTextAreaElement>(null);

  const textOf = (t: CommentTarget) =>
    t === "overall" ? comment : t.cell ? (rows[t.row]?.cellComments[t.cell] ?? "") : (rows[t.row]?.comment ?? "");
  const setText = (t: CommentTarget, text: string) =>
    t === "overall"
      ? setComment(text)
      : setRows((current) =>
          current.map((r, j) =>
            j !== t.row
              ? r
              : t.cell
                ? { ...r, cellComments: { ...r.cellComments, [t.cell]: text } }
                : { ...r, comment: text },
          ),
        );
  const insert = (t: CommentTarget, text: string) => {
    const before = textOf(t);
    setText(t, before ? `${before} ${text}` : text);
  };
  const targetLabel = (t: CommentTarget) => {
    if (t === "overall") return "总评";
    const row = rows[t.row];
    const cell = t.cell ? row?.cells.find((c) => c.key === t.cell) : undefined;
    return cell ? `“${cell.label}”这一格的评语` : `“${row?.title ?? ""}”的评语`;
  };
  // Alt + 1…9 inserts that 评语库 entry into the comment being written.
  const bankKeys = (t: CommentTarget) => (e: React.KeyboardEvent) => {
    if (!e.altKey || !/^[1-9]$/.test(e.key)) return;
    const entry = entries[Number(e.key) - 1];
    if (!entry) return;
    e.preventDefault();
    insert(t, entry.text);
  };

  // Focus a field without the browser's jump; bring its exercise to the top of the screen
  // unless it is already in the upper half, so the answer it scores is in view beside it.
  const focusField = (field: HTMLElement | null | undefined, scope?: string) => {
    if (!field) return;
    field.focus({ preventScroll: true });
    const block = (scope && document.querySelector(`[data-review-exercise="${scope}"]`)) || field;
    const top = block.getBoundingClientRect().top;
    if (top < 0 || top > window.innerHeight / 2) block.scrollIntoView({ block: "start" });
  };
  const focusScore = (i: number) => {
    const row = rows[i];
    if (row) focusField(scoreFields.current[i], row.exerciseId);
    else focusField(overallField.current, "overall");
  };
  // Open on the first unscored part (with a mouse and keyboard; on a phone that would pop up the keyboard).
  useEffect(() => {
    if (!window.matchMedia("(pointer: fine)").matches) return;
    const first = initialRows.findIndex((r) => r.score === null);
    if (first >= 0) focusScore(first);
    // Once, when the submission opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // 批改完成 with a part left unscored asks first, naming the parts (Ctrl+Enter too).
  const finish = (thenNext: boolean, confirmed = false) => {
    if (blank.length && !confirmed) {
      setBlankWarning({ thenNext });
      focusScore(rows.indexOf(blank[0]!));
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

  const setRow = (i: number, row: ReviewRow) => setRows((current) => current.map((r, j) => (j === i ? row : r)));

  return (
    <div>
      <h2 className="sr-only">批改</h2>
      <div className="space-y-6">
        {rows.map((row, i) => (
          <section
            key={row.exerciseId}
            data-review-exercise={row.exerciseId}
            aria-label={row.title}
            className="scroll-mt-3 rounded-xl border border-slate-200 bg-white p-4 sm:p-5 xl:grid xl:grid-cols-[minmax(0,1fr)_24rem] xl:gap-6"
          >
            <div className="min-w-0">{answers[row.exerciseId]}</div>
            <div className="mt-4 xl:sticky xl:top-3 xl:mt-0 xl:self-start">
              <ExerciseGrading
                row={row}
                index={i}
                onChange={(next) => setRow(i, next)}
                onNext={() => focusScore(i + 1)}
                onTarget={setTarget}
                bankKeys={bankKeys}
                scoreRef={(el) => {
                  scoreFields.current[i] = el;
                }}
              />
            </div>
          </section>
        ))}
        <div
          data-review-exercise="overall"
          className="scroll-mt-3 rounded-xl border border-brand-100 bg-white p-4 sm:p-5 xl:grid xl:grid-cols-[minmax(0,1fr)_24rem] xl:gap-6"
        >
          <label className="block text-sm">
            <span className="block font-medium text-slate-800">总评</span>
            <textarea
              ref={overallField}
              value={comment}
              onFocus={() => setTarget("overall")}
              onKeyDown={bankKeys("overall")}
              onChange={(e) => setComment(e.target.value)}
              rows={3}
              placeholder="Alt+数字 插入评语库；Ctrl+Enter 批改完成"
              className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2"
            />
          </label>
          <CommentBank
            entries={entries}
            onEntries={setEntries}
            currentText={textOf(target)}
            targetLabel={targetLabel(target)}
            onInsert={(text) => insert(target, text)}
          />
        </div>
      </div>
      <ReviewBar
        total={total}
        max={rows.reduce((s, r) => s + r.points, 0)}
        blank={blank.length}
        pending={pending}
        prevHref={prevHref}
        nextHref={nextHref}
        onFinish={() => finish(false)}
        onReturn={() => send("return")}
      >
        {draft.restored ? (
          <div data-testid="review-draft-restored">
            <Notice tone="info">
              已恢复上次没有保存的批改（保存在这台电脑上）。
              <button type="button" className="ml-2 underline" onClick={draft.discard}>
                丢弃，改回已保存的版本
              </button>
            </Notice>
          </div>
        ) : null}
        {blankWarning ? (
          <div data-testid="blank-warning">
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
          <div data-testid="leave-warning">
            <Notice tone="error">
              这份批改还没保存。按 Ctrl+Enter 批改完成；再按一次 J / K
              就不保存离开（已填的内容留在这台电脑上，回来时恢复）。
            </Notice>
          </div>
        ) : null}
        {retrying ? (
          <div data-testid="review-retrying">
            <Notice tone="info">{retrying}</Notice>
          </div>
        ) : result?.message ? (
          <Notice tone={result.ok ? "success" : "error"}>{result.message}</Notice>
        ) : null}
      </ReviewBar>
    </div>
  );
}
