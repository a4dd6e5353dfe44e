"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { exerciseMessages as m } from "@/lib/messages/exercises";
import { deadlineOf, formatTime } from "./lesson-status";
import { overallLabel } from "./save-status";
import { useWorksheet } from "./worksheet-provider";

/** The bottom of a lesson: overall save state and the explicit 提交. */
export function SubmitPanel({ lessonUrl, titles }: { lessonUrl: string; titles: Record<string, string> }) {
  const store = useWorksheet();
  const [confirming, setConfirming] = useState(false);
  const [justSubmitted, setJustSubmitted] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const receiptRef = useRef<HTMLParagraphElement>(null);
  // Keyboard and screen-reader users land on the next thing to read: the confirm button, then the receipt.
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (justSubmitted) receiptRef.current?.focus();
  }, [justSubmitted]);
  if (!store) return null;
  const status = store.overall();
  const label = overallLabel(status);
  const submission = store.submission;
  const deadline = deadlineOf(store);
  const unanswered = store.unanswered().map((id) => titles[id] ?? id);

  return (
    <section
      aria-labelledby="submit-heading"
      className="not-prose mt-10 rounded-xl border border-slate-200 bg-white p-5"
    >
      <h2 id="submit-heading" className="text-lg font-semibold">
        提交作业
      </h2>
      <p className={`mt-2 text-sm font-medium ${label.tone}`} data-testid="worksheet-status">
        本页答案：{status === "saved" && !store.hasAnswers() ? "还没有作答" : label.text}
      </p>
      {status === "loadFailed" ? <p className="mt-1 text-sm text-amber-800">{m.loadFailed}</p> : null}
      {store.keptAfterSubmit.size > 0 ? (
        <p className="mt-1 text-sm text-amber-800" data-testid="kept-after-submit">
          这台设备上有 {store.keptAfterSubmit.size} 道题的修改没赶上这次提交，已留在本机；老师退回后会自动恢复。
        </p>
      ) : null}
      {!store.canSave ? (
        <p className="mt-2 text-sm text-slate-600" data-testid="signed-out-note">
          {store.signedOutAs ? m.signedOutDrafts(store.signedOutAs) : m.localOnly}
          {store.userKey === "anon" || store.signedOutAs ? (
            <Link
              href={`/login?callbackUrl=${encodeURIComponent(lessonUrl)}`}
              className="ml-1 text-brand-700 underline"
            >
              去登录
            </Link>
          ) : null}
        </p>
      ) : submission && store.locked ? (
        <div className="mt-2 space-y-2 text-sm text-slate-700">
          <p data-testid="submission-receipt" role="status" tabIndex={-1} ref={receiptRef} className="outline-none">
            {m.submitted(submission.version)}提交时间 {formatTime(submission.submittedAt)}
            {submission.late ? "（迟交）" : ""}。
            {submission.autoMax ? ` 自动批改部分得分 ${submission.autoScore} / ${submission.autoMax}。` : ""}
            {submission.status === "SUBMITTED" ? "老师批改或退回后会在“我的作业”里通知你。" : ""}
          </p>
          {submission.status === "GRADED" && submission.review ? (
            <div
              className="rounded-md border border-green-200 bg-green-50 p-3 text-green-900"
              data-testid="teacher-review"
            >
              <p className="font-semibold">老师已批改：{submission.review.score ?? "—"} 分</p>
              {submission.review.comment ? (
                <p className="mt-1 whitespace-pre-wrap">评语：{submission.review.comment}</p>
              ) : null}
            </div>
          ) : null}
        </div>
      ) : (
        <div className="mt-3 space-y-3">
          {submission?.status === "RETURNED" ? (
            <div
              className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
              data-testid="teacher-review"
            >
              <p className="font-semibold">老师退回了第 {submission.version} 次提交，请按评语修改后重新提交。</p>
              {submission.review?.comment ? (
                <p className="mt-1 whitespace-pre-wrap">评语：{submission.review.comment}</p>
              ) : null}
            </div>
          ) : null}
          {confirming ? (
            <div className="rounded-md border border-amber-200 bg-amber-50 p-3">
              {deadline === "late" ? <p className="mb-1 text-sm font-medium text-amber-900">{m.lateConfirm}</p> : null}
              {unanswered.length ? (
                <p className="mb-1 text-sm text-amber-900" data-testid="unanswered-list">
                  {m.unansweredConfirm(unanswered)}
                </p>
              ) : null}
              <p className="text-sm text-amber-900">{m.submitConfirm}</p>
              <div className="mt-3 flex flex-wrap gap-2">
                <Button
                  ref={confirmRef}
                  disabled={store.submitting}
                  onClick={async () => {
                    if (await store.submit()) {
                      setConfirming(false);
                      setJustSubmitted(true);
                    }
                  }}
                >
                  {store.submitting ? "正在提交……" : "确认提交"}
                </Button>
                <Button variant="secondary" onClick={() => setConfirming(false)} disabled={store.submitting}>
                  取消
                </Button>
              </div>
            </div>
          ) : (
            <div className="flex flex-wrap items-center gap-3">
              <Button onClick={() => setConfirming(true)} disabled={!store.hasAnswers() || deadline === "closed"}>
                提交
              </Button>
              {store.hasAnswers() ? null : <span className="text-sm text-slate-600">{m.nothingToSubmit}</span>}
            </div>
          )}
          {store.submitError ? (
            <p role="alert" className="text-sm text-red-700">
              {store.submitError}
            </p>
          ) : null}
        </div>
      )}
    </section>
  );
}
