"use client";

import type { NumericAnswer } from "@/lib/exercises/answers";
import { needsNumberFix } from "@/lib/exercises/typed-number";
import { exerciseMessages as m } from "@/lib/messages/exercises";
import { Mark } from "../check/check-panel";
import { markFor, type WidgetProps } from "../types";

export function NumericExercise({
  exercise,
  value,
  onChange,
  readOnly,
  feedback,
}: WidgetProps<"numeric", NumericAnswer>) {
  return (
    <ol className="space-y-5">
      {exercise.questions.map((q, index) => (
        <li key={q.id}>
          <label htmlFor={`${exercise.id}-${q.id}`} className="block leading-7 font-medium text-slate-900">
            {index + 1}. {q.text}
          </label>
          <div className="mt-2 flex items-center gap-2">
            <input
              id={`${exercise.id}-${q.id}`}
              inputMode="decimal"
              autoComplete="off"
              maxLength={32}
              value={value[q.id] ?? ""}
              aria-invalid={needsNumberFix(value[q.id]) || undefined}
              aria-describedby={needsNumberFix(value[q.id]) ? `${exercise.id}-${q.id}-fix` : undefined}
              disabled={readOnly}
              onChange={(e) => onChange({ ...value, [q.id]: e.target.value })}
              className="min-h-11 w-40 rounded-md border border-slate-300 px-3 text-base focus:border-brand-600 focus:outline-2 focus:outline-brand-600/30"
            />
            {q.unit ? <span className="text-slate-600">{q.unit}</span> : null}
          </div>
          {needsNumberFix(value[q.id]) ? (
            <p id={`${exercise.id}-${q.id}-fix`} className="mt-1 text-sm text-amber-800" data-testid="number-fix">
              {m.numberNeedsFix}
            </p>
          ) : null}
          <Mark item={markFor(feedback, q.id)} />
        </li>
      ))}
    </ol>
  );
}
