"use client";

import { exerciseMessages as m } from "@/lib/messages/exercises";
import { deadlineState, timeLeft, type DeadlineState } from "@/lib/work/timing";
import { useWorksheet } from "./worksheet-provider";
import type { WorksheetStore } from "./worksheet-store";

export function formatTime(iso: string) {
  return new Date(iso).toLocaleString("zh-CN", {
    hour12: false,
    month: "numeric",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });
}

/** Where this student stands against the assignment's deadline, by the server's clock. */
export function deadlineOf(store: WorksheetStore): DeadlineState | null {
  const a = store.assignment;
  if (!a) return null;
  return deadlineState(store.serverNow(), {
    openAt: new Date(a.openAt),
    dueAt: new Date(a.dueAt),
    cutoffAt: a.cutoffAt ? new Date(a.cutoffAt) : null,
  });
}

/** The top of a lesson for a student: the deadline, whether late work is still taken, and where their work stands. */
export function LessonStatus() {
  const store = useWorksheet();
  if (!store?.canSave || store.loadState !== "loaded") return null;
  const { assignment, submission } = store;
  if (!assignment && !submission) return null;
  const state = deadlineOf(store);
  const review = submission?.review;
  return (
    <section
      aria-label="作业状态"
      data-testid="lesson-status"
      className="not-prose mt-6 space-y-1 rounded-xl border border-brand-100 bg-brand-50/40 p-4 text-sm text-slate-800"
    >
      {assignment ? (
        <p>
          <span className="font-semibold">截止时间：</span>
          {formatTime(assignment.dueAt)}（{timeLeft(store.serverNow(), new Date(assignment.dueAt))}）
          {assignment.cutoffAt ? `；最后提交时间 ${formatTime(assignment.cutoffAt)}` : "；过了截止时间仍可迟交"}
          {assignment.extended ? (
            <span className="ml-1 rounded bg-sky-100 px-1.5 py-0.5 text-sky-900">老师为你延期了</span>
          ) : null}
        </p>
      ) : null}
      {state === "late" && !store.locked ? (
        <p className="text-amber-800">{m.lateOpen(assignment?.cutoffAt ? formatTime(assignment.cutoffAt) : null)}</p>
      ) : null}
      {state === "closed" && !store.locked ? <p className="font-medium text-red-700">{m.closedNow}</p> : null}
      {state === "not-open" ? <p className="text-slate-600">{m.notOpenYet}</p> : null}
      <p data-testid="lesson-status-line">
        <span className="font-semibold">状态：</span>
        {!submission
          ? "还没有提交"
          : submission.status === "SUBMITTED"
            ? `已提交第 ${submission.version} 次（${formatTime(submission.submittedAt)}${submission.late ? "，迟交" : ""}），等老师批改`
            : submission.status === "GRADED"
              ? `老师已批改：${review?.score ?? "—"} 分`
              : `老师退回了第 ${submission.version} 次提交，请按评语修改后重新提交`}
      </p>
      {review?.comment && submission?.status !== "SUBMITTED" ? (
        <p className="whitespace-pre-wrap">评语：{review.comment}</p>
      ) : null}
    </section>
  );
}
