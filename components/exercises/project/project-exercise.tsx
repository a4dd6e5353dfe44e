"use client";

import type { ProjectAnswer } from "@/lib/exercises/answers";
import { LimitedText } from "../limited-text";
import type { WidgetProps } from "../types";

export function ProjectExercise({ exercise, value, onChange, readOnly, group }: WidgetProps<"project", ProjectAnswer>) {
  return (
    <div className="space-y-5">
      {exercise.group ? (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="group-note">
          {group
            ? `小组作业 · ${group.name}（${group.members.join("、")}）：全组共用这一份，每位组员都能看到和修改，保存的是同一份内容。`
            : "小组作业：老师分好组以后，组员会共用这一份；还没分组时，先由你自己填写。"}
        </p>
      ) : null}
      {exercise.sections.map((section, index) => {
        const text = value[section.id] ?? "";
        const id = `${exercise.id}-${section.id}`;
        return (
          <div key={section.id}>
            <label htmlFor={id} className="block font-medium text-slate-900">
              {index + 1}. {section.title}
            </label>
            <p id={`${id}-hint`} className="mt-1 text-sm leading-6 text-slate-600">
              {section.guidance}
            </p>
            <LimitedText
              value={text}
              maxLength={section.maxLength}
              onChange={(t) => onChange({ ...value, [section.id]: t })}
              textarea={{
                id,
                "aria-describedby": `${id}-hint`,
                disabled: readOnly,
                rows: 4,
                className:
                  "mt-2 block min-h-28 w-full rounded-md border border-slate-300 px-3 py-2 text-[15px] leading-7 field-sizing-content focus:border-brand-600 focus:outline-2 focus:outline-brand-600/30 disabled:bg-slate-50",
              }}
            />
          </div>
        );
      })}
    </div>
  );
}
