"use client";

import { useState } from "react";
import type { ObjectiveKind } from "@/lib/exercises/definition";
import type { PhaseLink } from "@/lib/plans/schema";

export type EditorCatalogue = {
  lessons: { slug: string; title: string; sections: string[] }[];
  exercises: { id: string; title: string; lesson: string; objectives: ObjectiveKind[] }[];
};

/** Picks a lesson (and optionally one of its sections) or an exercise to link from a phase. */
export function LinkPicker({
  catalogue,
  onAdd,
  index,
}: {
  catalogue: EditorCatalogue;
  onAdd: (link: PhaseLink) => void;
  index: number;
}) {
  const [lesson, setLesson] = useState("");
  const [target, setTarget] = useState("");
  const current = catalogue.lessons.find((l) => l.slug === lesson);
  const exercises = catalogue.exercises.filter((e) => e.lesson === lesson);

  const add = () => {
    if (!lesson) return;
    if (target.startsWith("exercise:")) onAdd({ type: "exercise", exercise: target.slice(9) });
    else onAdd({ type: "lesson", lesson, ...(target.startsWith("section:") ? { section: target.slice(8) } : {}) });
    setTarget("");
  };

  return (
    <div className="mt-2 flex flex-wrap items-end gap-2">
      <label className="text-sm">
        <span className="block text-slate-600">课程</span>
        <select
          value={lesson}
          onChange={(e) => {
            setLesson(e.target.value);
            setTarget("");
          }}
          className="mt-1 min-h-10 max-w-[16rem] rounded-md border border-slate-300 px-2"
          aria-label={`环节 ${index + 1} 要链接的课程`}
        >
          <option value="">选择课程</option>
          {catalogue.lessons.map((l) => (
            <option key={l.slug} value={l.slug}>
              {l.title}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="block text-slate-600">具体位置</span>
        <select
          value={target}
          onChange={(e) => setTarget(e.target.value)}
          disabled={!current}
          className="mt-1 min-h-10 max-w-[16rem] rounded-md border border-slate-300 px-2"
          aria-label={`环节 ${index + 1} 要链接的小节或练习`}
        >
          <option value="">整课</option>
          {current?.sections.map((s) => (
            <option key={s} value={`section:${s}`}>
              小节：{s}
            </option>
          ))}
          {exercises.map((e) => (
            <option key={e.id} value={`exercise:${e.id}`}>
              练习：{e.title}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        onClick={add}
        disabled={!lesson}
        className="min-h-10 rounded-md border border-brand-600 px-3 text-sm text-brand-700 disabled:opacity-40"
      >
        添加链接
      </button>
    </div>
  );
}
