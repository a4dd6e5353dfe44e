"use client";

import type { Feedback } from "@/lib/exercises/feedback";
import { exerciseMessages as m } from "@/lib/messages/exercises";
import type { CheckFeedback } from "./use-check";

/** The 检查 button and the score it returns; per-item marks are drawn by each widget. */
export function CheckPanel({
  feedback,
  error,
  pending,
  stale,
  onCheck,
}: {
  feedback: CheckFeedback | null;
  error: string | null;
  pending: boolean;
  stale: boolean;
  onCheck: () => void;
}) {
  return (
    <div className="mt-4 flex flex-wrap items-center gap-3">
      <button
        type="button"
        onClick={onCheck}
        disabled={pending}
        className="min-h-10 rounded-md border border-brand-600 px-4 text-brand-700 hover:bg-brand-50 disabled:opacity-60"
      >
        {pending ? "正在检查……" : feedback ? "重新检查" : "检查答案"}
      </button>
      <p role="status" aria-live="polite" className="text-sm">
        {error ? <span className="text-red-700">{error}</span> : null}
        {feedback?.grade.auto ? (
          <span className={stale ? "text-slate-500" : "font-medium text-slate-800"} data-testid="check-result">
            答对 {feedback.grade.correct} / {feedback.grade.total}，得分 {feedback.grade.score} / {feedback.grade.max}
            {stale ? "（答案已修改，可重新检查）" : ""}
          </span>
        ) : null}
        {feedback?.remaining !== undefined ? (
          <span className="block text-slate-600" data-testid="checks-left">
            {m.checksLeft(feedback.remaining)}
          </span>
        ) : null}
      </p>
    </div>
  );
}

/** The mark beside one question or item after a check. */
export function Mark({ item }: { item: Feedback["items"][number] | undefined }) {
  if (!item) return null;
  return (
    <p
      className={`mt-2 rounded-md px-3 py-2 text-sm ${item.correct ? "bg-green-50 text-green-800" : "bg-red-50 text-red-800"}`}
    >
      <span className="font-semibold">{item.correct ? "✓ 正确" : "✗ 不对"}</span>
      {item.note ? <span className="ml-2">{item.note}</span> : null}
    </p>
  );
}
