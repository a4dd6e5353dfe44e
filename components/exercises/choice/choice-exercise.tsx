"use client";

import type { ChoiceAnswer } from "@/lib/exercises/answers";
import { Mark } from "../check/check-panel";
import { markFor, type WidgetProps } from "../types";

export function ChoiceExercise({ exercise, value, onChange, readOnly, feedback }: WidgetProps<"choice", ChoiceAnswer>) {
  const toggle = (questionId: string, optionId: string, multiple: boolean) => {
    const current = value[questionId] ?? [];
    const next = multiple
      ? current.includes(optionId)
        ? current.filter((o) => o !== optionId)
        : [...current, optionId]
      : [optionId];
    onChange({ ...value, [questionId]: next });
  };
  return (
    <ol className="space-y-5">
      {exercise.questions.map((q, index) => (
        <li key={q.id}>
          <fieldset>
            <legend className="leading-7 font-medium text-slate-900">
              {index + 1}. {q.text}
              <span className="ml-2 text-sm font-normal text-slate-500">（{q.multiple ? "多选" : "单选"}）</span>
            </legend>
            <div className="mt-2 grid gap-2">
              {q.options.map((o) => {
                const checked = (value[q.id] ?? []).includes(o.id);
                return (
                  <label
                    key={o.id}
                    className={`flex min-h-11 cursor-pointer items-start gap-3 rounded-md border px-3 py-2 ${checked ? "border-brand-600 bg-brand-50" : "border-slate-200 bg-white"}`}
                  >
                    <input
                      type={q.multiple ? "checkbox" : "radio"}
                      name={`${exercise.id}-${q.id}`}
                      checked={checked}
                      disabled={readOnly}
                      onChange={() => toggle(q.id, o.id, q.multiple)}
                      className="mt-1 size-4 accent-brand-600"
                    />
                    <span className="leading-6">{o.text}</span>
                  </label>
                );
              })}
            </div>
            <Mark item={markFor(feedback, q.id)} />
          </fieldset>
        </li>
      ))}
    </ol>
  );
}
