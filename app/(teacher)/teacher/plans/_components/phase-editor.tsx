"use client";

import { OBJECTIVE_KINDS, OBJECTIVE_LABELS } from "@/lib/exercises/labels";
import type { PhaseLink, PlanInput } from "@/lib/plans/schema";
import { FieldText } from "./field-text";
import { LinkPicker, type EditorCatalogue } from "./link-picker";

type PhaseInput = PlanInput["phases"][number];

type Props = {
  phase: PhaseInput;
  index: number;
  count: number;
  preview: boolean;
  catalogue: EditorCatalogue;
  onChange: (phase: PhaseInput) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
};

function linkLabel(link: PhaseLink, catalogue: EditorCatalogue) {
  if (link.type === "exercise")
    return `练习：${catalogue.exercises.find((e) => e.id === link.exercise)?.title ?? link.exercise}`;
  const lesson = catalogue.lessons.find((l) => l.slug === link.lesson);
  return `课程：${lesson?.title ?? link.lesson}${link.section ? ` · ${link.section}` : ""}`;
}

export function PhaseEditor({ phase, index, count, preview, catalogue, onChange, onMove, onRemove }: Props) {
  const set = (patch: Partial<PhaseInput>) => onChange({ ...phase, ...patch });
  const objectives = phase.objectives ?? [];
  const links = phase.links ?? [];
  return (
    <fieldset className="rounded-xl border border-slate-200 bg-white p-4" data-phase-editor={index}>
      <legend className="px-1 text-sm font-semibold text-brand-800">环节 {index + 1}</legend>
      <div className="grid gap-3 sm:grid-cols-[1fr_8rem]">
        <FieldText label="环节名称" value={phase.name} onChange={(name) => set({ name })} />
        <div>
          <label htmlFor={`minutes-${index}`} className="block text-sm font-medium text-slate-800">
            时长（分钟）
          </label>
          <input
            id={`minutes-${index}`}
            type="number"
            inputMode="numeric"
            min={1}
            max={600}
            value={Number.isFinite(phase.minutes) ? phase.minutes : ""}
            onChange={(e) => set({ minutes: e.target.value === "" ? Number.NaN : Math.round(Number(e.target.value)) })}
            className="mt-1 block min-h-11 w-full rounded-md border border-slate-300 px-3"
          />
        </div>
      </div>
      <div className="mt-3 grid gap-3 md:grid-cols-2">
        <FieldText
          label="教师活动"
          value={phase.teacher}
          onChange={(teacher) => set({ teacher })}
          multiline
          preview={preview}
        />
        <FieldText
          label="学生活动"
          value={phase.student}
          onChange={(student) => set({ student })}
          multiline
          preview={preview}
        />
      </div>
      <fieldset className="mt-3">
        <legend className="text-sm font-medium text-slate-800">这个环节落实的目标</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {OBJECTIVE_KINDS.map((kind) => (
            <label key={kind} className="flex min-h-9 items-center gap-2">
              <input
                type="checkbox"
                checked={objectives.includes(kind)}
                onChange={(e) =>
                  set({ objectives: e.target.checked ? [...objectives, kind] : objectives.filter((o) => o !== kind) })
                }
                className="size-4 accent-brand-600"
              />
              {OBJECTIVE_LABELS[kind]}目标
            </label>
          ))}
        </div>
      </fieldset>
      <div className="mt-3">
        <p className="text-sm font-medium text-slate-800">用到的课程与练习</p>
        {links.length ? (
          <ul className="mt-1 space-y-1">
            {links.map((link, i) => (
              <li key={i} className="flex items-center justify-between gap-2 rounded bg-slate-50 px-2 py-1 text-sm">
                <span>{linkLabel(link, catalogue)}</span>
                <button
                  type="button"
                  onClick={() => set({ links: links.filter((_, j) => j !== i) })}
                  className="text-red-700"
                  aria-label={`移除链接：${linkLabel(link, catalogue)}`}
                >
                  移除
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1 text-sm text-slate-500">还没有链接。</p>
        )}
        {links.length < 10 ? (
          <LinkPicker catalogue={catalogue} onAdd={(link) => set({ links: [...links, link] })} index={index} />
        ) : null}
      </div>
      <div className="mt-3 flex flex-wrap gap-2 border-t border-slate-100 pt-3">
        <button
          type="button"
          onClick={() => onMove(index - 1)}
          disabled={index === 0}
          className="min-h-9 rounded-md border border-slate-300 px-3 text-sm disabled:opacity-40"
        >
          上移
        </button>
        <button
          type="button"
          onClick={() => onMove(index + 1)}
          disabled={index === count - 1}
          className="min-h-9 rounded-md border border-slate-300 px-3 text-sm disabled:opacity-40"
        >
          下移
        </button>
        <button
          type="button"
          onClick={onRemove}
          disabled={count === 1}
          className="min-h-9 rounded-md border border-red-300 px-3 text-sm text-red-700 disabled:opacity-40"
        >
          删除这个环节
        </button>
      </div>
    </fieldset>
  );
}
