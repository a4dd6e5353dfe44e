"use client";

import Link from "next/link";
import { useMemo, useState, useTransition } from "react";
import { useWarnBeforeLeaving } from "@/lib/hooks/use-warn-before-leaving";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { MINUTES_PER_HOUR, planProblems } from "@/lib/plans/validate";
import { planSchema, type PlanInput } from "@/lib/plans/schema";
import { callAction } from "@/lib/actions/call";
import { savePlan, type SaveResult } from "../actions";
import { FieldText } from "./field-text";
import { type EditorCatalogue } from "./link-picker";
import { PhaseEditor } from "./phase-editor";

type Props = { id: string; version: number; initial: PlanInput; catalogue: EditorCatalogue };

/** Every field of the template in one form, checked as the teacher types, saved as a new version. */
export function PlanEditor({ id, version, initial, catalogue }: Props) {
  const [plan, setPlan] = useState<PlanInput>(initial);
  const [baseVersion, setBaseVersion] = useState(version);
  const [saved, setSaved] = useState(JSON.stringify(initial));
  const [result, setResult] = useState<SaveResult | null>(null);
  const [preview, setPreview] = useState(false);
  const [pending, startTransition] = useTransition();
  const dirty = JSON.stringify(plan) !== saved;

  useWarnBeforeLeaving(dirty);

  const problems = useMemo(() => {
    const parsed = planSchema.safeParse(plan);
    if (!parsed.success) return [...new Set(parsed.error.issues.map((i) => i.message))];
    return planProblems(parsed.data, {
      lessonExists: (slug) => catalogue.lessons.some((l) => l.slug === slug),
      findExercise: (eid) => catalogue.exercises.find((e) => e.id === eid),
    });
  }, [plan, catalogue]);

  const set = (patch: Partial<PlanInput>) => setPlan((p) => ({ ...p, ...patch }));
  const phases = plan.phases;
  const total = phases.reduce((s, p) => s + (Number.isFinite(p.minutes) ? p.minutes : 0), 0);
  const expected = (Number.isFinite(plan.hours) ? plan.hours : 0) * MINUTES_PER_HOUR;

  const save = () =>
    startTransition(async () => {
      // Only a busy database is retried: a lost reply may have saved, and the version check would then refuse the repeat.
      const response = await callAction(() => savePlan({ id, baseVersion, plan }), {
        onRetry: ({ attempt, waitMs }) =>
          setResult({
            ok: false,
            reason: "busy",
            message: `服务器正忙，教案还没有保存，${Math.round(waitMs / 1000)} 秒后自动重试（第 ${attempt} 次）。内容还在这一页。`,
          }),
      });
      setResult(response);
      if (response.ok) {
        setBaseVersion(response.data.version);
        setSaved(JSON.stringify(plan));
      }
    });

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      className="space-y-6"
    >
      <div className="sticky top-0 z-10 -mx-4 flex flex-wrap items-center gap-3 border-b border-slate-200 bg-slate-50/95 px-4 py-3 backdrop-blur">
        <Button type="submit" disabled={pending}>
          {pending ? "正在保存……" : "保存"}
        </Button>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={preview}
            onChange={(e) => setPreview(e.target.checked)}
            className="size-4 accent-brand-600"
          />
          显示预览
        </label>
        <span className={`text-sm ${dirty ? "text-amber-700" : "text-slate-500"}`} data-testid="editor-state">
          {dirty ? "有未保存的修改" : `已保存（第 ${baseVersion} 版）`}
        </span>
        <Link href={`/teacher/plans/${id}`} className="ml-auto text-sm text-brand-700 underline">
          查看教案
        </Link>
      </div>

      {result?.message ? <Notice tone={result.ok ? "success" : "error"}>{result.message}</Notice> : null}
      <section
        aria-labelledby="check-heading"
        className={`rounded-md border px-4 py-3 text-sm ${problems.length ? "border-amber-300 bg-amber-50 text-amber-900" : "border-green-200 bg-green-50 text-green-800"}`}
      >
        <h2 id="check-heading" className="font-semibold">
          {problems.length ? `检查：还有 ${problems.length} 处要修改` : "检查通过，可以保存"}
        </h2>
        {problems.length ? (
          <ul className="mt-1 list-disc pl-5" data-testid="plan-problems">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        ) : null}
      </section>

      <section className="grid gap-4 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <FieldText label="课题名称" value={plan.title} onChange={(title) => set({ title })} />
        <FieldText label="所属项目" value={plan.unit ?? ""} onChange={(unit) => set({ unit })} />
        <FieldText label="授课班级" value={plan.className ?? ""} onChange={(className) => set({ className })} />
        <FieldText label="授课教师" value={plan.teacher ?? ""} onChange={(teacher) => set({ teacher })} />
        <div>
          <label htmlFor="plan-hours" className="block text-sm font-medium text-slate-800">
            授课学时
          </label>
          <input
            id="plan-hours"
            type="number"
            min={1}
            max={40}
            value={Number.isFinite(plan.hours) ? plan.hours : ""}
            onChange={(e) => set({ hours: e.target.value === "" ? Number.NaN : Math.round(Number(e.target.value)) })}
            className="mt-1 block min-h-11 w-full rounded-md border border-slate-300 px-3"
          />
        </div>
        <FieldText label="授课时间" value={plan.date ?? ""} onChange={(date) => set({ date })} />
        <FieldText label="授课地点" value={plan.place ?? ""} onChange={(place) => set({ place })} />
        <FieldText label="授课形式" value={plan.form ?? ""} onChange={(form) => set({ form })} />
      </section>

      <section className="space-y-4 rounded-xl border border-slate-200 bg-white p-4">
        <p className="text-sm text-slate-500">长文本可以用 Markdown：“- ”开头是列表，**两个星号**之间是粗体。</p>
        <FieldText
          label="教学内容"
          value={plan.content}
          onChange={(content) => set({ content })}
          multiline
          preview={preview}
        />
        <div className="grid gap-4 md:grid-cols-3">
          <FieldText
            label="知识目标"
            value={plan.objectives.knowledge}
            onChange={(knowledge) => set({ objectives: { ...plan.objectives, knowledge } })}
            multiline
            preview={preview}
          />
          <FieldText
            label="能力目标"
            value={plan.objectives.ability}
            onChange={(ability) => set({ objectives: { ...plan.objectives, ability } })}
            multiline
            preview={preview}
          />
          <FieldText
            label="素质目标"
            value={plan.objectives.quality}
            onChange={(quality) => set({ objectives: { ...plan.objectives, quality } })}
            multiline
            preview={preview}
          />
        </div>
        <div className="grid gap-4 md:grid-cols-2">
          <FieldText
            label="重点"
            value={plan.keyPoints}
            onChange={(keyPoints) => set({ keyPoints })}
            multiline
            preview={preview}
          />
          <FieldText
            label="难点"
            value={plan.difficulties}
            onChange={(difficulties) => set({ difficulties })}
            multiline
            preview={preview}
          />
          <FieldText
            label="教法"
            value={plan.teachingMethods}
            onChange={(teachingMethods) => set({ teachingMethods })}
          />
          <FieldText
            label="学法"
            value={plan.learningMethods}
            onChange={(learningMethods) => set({ learningMethods })}
          />
        </div>
        <FieldText
          label="课程思政元素"
          value={plan.ideology}
          onChange={(ideology) => set({ ideology })}
          multiline
          preview={preview}
        />
      </section>

      <section aria-labelledby="phases-heading" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="phases-heading" className="text-lg font-semibold">
            教学过程
          </h2>
          <p
            className={`text-sm ${total === expected ? "text-green-700" : "text-amber-700"}`}
            data-testid="minutes-total"
          >
            合计 {total} / {expected} 分钟
          </p>
        </div>
        {phases.map((phase, i) => (
          <PhaseEditor
            key={i}
            phase={phase}
            index={i}
            count={phases.length}
            preview={preview}
            catalogue={catalogue}
            onChange={(next) => set({ phases: phases.map((p, j) => (j === i ? next : p)) })}
            onMove={(to) => {
              const next = [...phases];
              const [moved] = next.splice(i, 1);
              if (moved) next.splice(to, 0, moved);
              set({ phases: next });
            }}
            onRemove={() => set({ phases: phases.filter((_, j) => j !== i) })}
          />
        ))}
        <button
          type="button"
          onClick={() =>
            set({ phases: [...phases, { name: "", minutes: 5, teacher: "", student: "", objectives: [], links: [] }] })
          }
          className="min-h-10 rounded-md border border-slate-300 bg-white px-4 text-sm"
        >
          ＋ 添加环节
        </button>
      </section>

      <section className="space-y-4 rounded-xl border border-slate-200 bg-white p-4">
        <FieldText
          label="作业布置"
          value={plan.homework}
          onChange={(homework) => set({ homework })}
          multiline
          preview={preview}
        />
        <FieldText
          label="教学反思"
          value={plan.reflection ?? ""}
          onChange={(reflection) => set({ reflection })}
          multiline
          preview={preview}
          hint="课后填写：目标达成了吗？哪个环节的时间不够？下次怎么改？"
        />
      </section>
    </form>
  );
}
