"use client";

import { OBJECTIVE_LABELS } from "@/lib/exercises/labels";
import type { PublicExercise } from "@/lib/exercises/public";
import { CheckPanel } from "./check/check-panel";
import { useCheck } from "./check/use-check";
import { AUTO_GRADED, WIDGET_FOR_KIND } from "./widgets";
import { EntryStatus } from "./worksheet/save-status";
import { useWorksheet } from "./worksheet/worksheet-provider";

function TeacherNote({ feedback, max }: { feedback: { score: number | null; comment: string }; max: number }) {
  return (
    <div
      className="mt-4 rounded-md border-l-4 border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950"
      data-testid="exercise-review"
    >
      <p className="font-semibold">
        老师的批改：{feedback.score ?? "—"} / {max} 分
      </p>
      {feedback.comment ? <p className="mt-1 whitespace-pre-wrap">{feedback.comment}</p> : null}
    </div>
  );
}

export function ExerciseCard({ exercise, lessonUrl }: { exercise: PublicExercise; lessonUrl: string }) {
  const store = useWorksheet();
  const entry = store?.get(exercise.id);
  const Widget = WIDGET_FOR_KIND[exercise.kind];
  const checker = useCheck(exercise.id);
  const headingId = `exercise-${exercise.id}`;
  const rubric = store?.rubrics[exercise.id] ?? exercise.rubric;

  return (
    <section
      aria-labelledby={headingId}
      className="not-prose my-8 rounded-xl border border-brand-100 bg-white p-4 shadow-sm sm:p-5"
      data-exercise={exercise.id}
    >
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <p className="text-xs font-medium tracking-wide text-brand-700">练习 · {exercise.points} 分</p>
          <h3 id={headingId} className="mt-0.5 text-lg font-semibold text-slate-900">
            {exercise.title}
          </h3>
        </div>
        <ul className="flex gap-1" aria-label="对应目标">
          {exercise.objectives.map((o) => (
            <li key={o} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">
              {OBJECTIVE_LABELS[o]}
            </li>
          ))}
        </ul>
      </header>
      {exercise.prompt ? <p className="mt-2 leading-7 text-slate-700">{exercise.prompt}</p> : null}
      {rubric ? (
        <details className="mt-2 rounded-md bg-slate-50 px-3 py-2 text-sm">
          <summary className="cursor-pointer text-slate-700">评分标准</summary>
          <ul className="mt-2 space-y-1">
            {rubric.map((level) => (
              <li key={level.label}>
                <span className="font-medium">
                  {level.label}（{level.points} 分）
                </span>
                ：{level.description}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <div className="mt-4">
        {store && entry ? (
          <>
            <Widget
              exercise={exercise}
              value={entry.value}
              onChange={(v: unknown) => store.set(exercise.id, v)}
              readOnly={!store.editable}
              feedback={checker.checkedValue === entry.value ? checker.feedback : null}
              cellComments={store.submission?.review?.exercises[exercise.id]?.cells}
              group={store.group}
            />
            {AUTO_GRADED.has(exercise.kind) ? (
              <CheckPanel
                feedback={checker.feedback}
                error={checker.error}
                pending={checker.pending}
                stale={checker.checkedValue !== entry.value}
                onCheck={() => void checker.check(entry.value)}
              />
            ) : null}
          </>
        ) : (
          <p className="rounded-md bg-slate-50 p-4 text-sm text-slate-500">正在载入……</p>
        )}
      </div>
      {store?.submission?.review?.exercises[exercise.id] ? (
        <TeacherNote feedback={store.submission.review.exercises[exercise.id]!} max={exercise.points} />
      ) : null}
      {store?.locked ? null : (
        <div className="mt-3">
          <EntryStatus
            entry={entry}
            onResolve={(keep) => store?.resolveConflict(exercise.id, keep)}
            loginHref={`/login?callbackUrl=${encodeURIComponent(lessonUrl)}`}
          />
        </div>
      )}
    </section>
  );
}
