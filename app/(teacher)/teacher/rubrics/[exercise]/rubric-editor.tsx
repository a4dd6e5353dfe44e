"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/actions/result";
import { MAX_LEVELS, type RubricLevel } from "@/lib/rubrics/levels";
import { deleteRubric, saveRubric } from "../actions";

type Draft = { label: string; points: string; description: string };

type Props = { exerciseId: string; maxPoints: number; initial: RubricLevel[]; hasOwn: boolean; hasBuiltin: boolean };

const input = "min-h-10 w-full rounded-md border border-slate-300 px-3";

/** Edits the levels of one rubric: name, points and what earns it. */
export function RubricEditor({ exerciseId, maxPoints, initial, hasOwn, hasBuiltin }: Props) {
  const router = useRouter();
  const [levels, setLevels] = useState<Draft[]>(initial.map((l) => ({ ...l, points: String(l.points) })));
  const [result, setResult] = useState<ActionResult | null>(null);
  const [pending, startTransition] = useTransition();
  const update = (i: number, patch: Partial<Draft>) =>
    setLevels(levels.map((l, j) => (j === i ? { ...l, ...patch } : l)));

  const save = () =>
    startTransition(async () => {
      const response = await saveRubric({
        exerciseId,
        levels: levels.map((l) => ({
          label: l.label,
          description: l.description,
          points: l.points.trim() === "" ? Number.NaN : Number(l.points),
        })),
      });
      setResult(response);
      if (response.ok) router.refresh();
    });
  const remove = () =>
    startTransition(async () => {
      const response = await deleteRubric(exerciseId);
      setResult(response);
      if (response.ok) router.push("/teacher/rubrics");
    });

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      className="rounded-xl border border-brand-100 bg-white p-4 sm:p-5"
      aria-label="评分标准"
    >
      <ol className="space-y-4">
        {levels.map((level, i) => (
          <li key={i} className="grid gap-2 rounded-lg border border-slate-200 p-3 sm:grid-cols-[10rem_6rem_1fr]">
            <label className="text-sm">
              <span className="block text-slate-600">第 {i + 1} 档名称</span>
              <input
                value={level.label}
                onChange={(e) => update(i, { label: e.target.value })}
                maxLength={20}
                className={input}
              />
            </label>
            <label className="text-sm">
              <span className="block text-slate-600">分数 / {maxPoints}</span>
              <input
                value={level.points}
                onChange={(e) => update(i, { points: e.target.value })}
                inputMode="decimal"
                aria-label={`第 ${i + 1} 档分数`}
                className={input}
              />
            </label>
            <label className="text-sm">
              <span className="block text-slate-600">要求（学生能看到）</span>
              <textarea
                value={level.description}
                onChange={(e) => update(i, { description: e.target.value })}
                rows={2}
                maxLength={300}
                aria-label={`第 ${i + 1} 档要求`}
                className="w-full rounded-md border border-slate-300 px-3 py-2"
              />
            </label>
            {levels.length > 2 ? (
              <button
                type="button"
                onClick={() => setLevels(levels.filter((_, j) => j !== i))}
                className="justify-self-start text-sm text-red-700 underline sm:col-span-3"
              >
                删除第 {i + 1} 档
              </button>
            ) : null}
          </li>
        ))}
      </ol>
      <div className="mt-4 flex flex-wrap gap-2">
        {levels.length < MAX_LEVELS ? (
          <Button
            type="button"
            variant="secondary"
            onClick={() => setLevels([...levels, { label: "", points: "", description: "" }])}
          >
            加一档
          </Button>
        ) : null}
        <Button type="submit" disabled={pending}>
          保存评分标准
        </Button>
        {hasOwn ? (
          <Button type="button" variant="secondary" onClick={remove} disabled={pending}>
            {hasBuiltin ? "删除我的版本，改回课程自带" : "删除评分标准"}
          </Button>
        ) : null}
      </div>
      <p className="mt-3 text-sm text-slate-500">
        各档按分数从高到低排列。修改后，新的批改按新标准给分；已经给出的分数和档位记录保持不变。
      </p>
      {result?.message ? (
        <div className="mt-3">
          <Notice tone={result.ok ? "success" : "error"}>{result.message}</Notice>
        </div>
      ) : null}
    </form>
  );
}
