"use client";

import { useActionState } from "react";
import { Notice } from "@/components/ui/notice";
import { initialActionResult } from "@/lib/actions/result";
import { appendPlanReflection } from "../../plans/actions";

/** A 教学反思 draft from the class's figures, to edit and add to one of the teacher's plans. */
export function ReflectionCard({ draft, plans }: { draft: string; plans: { id: string; title: string }[] }) {
  const [state, action, pending] = useActionState(appendPlanReflection, initialActionResult);
  return (
    <form action={action} className="mt-6 rounded-xl border border-slate-200 bg-white p-4" aria-label="教学反思草稿">
      <h2 className="font-semibold">教学反思草稿</h2>
      <p className="mt-1 text-sm text-slate-500">根据本次作业的数据生成，可以先修改，再加入自己的教案。</p>
      <textarea
        name="text"
        defaultValue={draft}
        rows={4}
        aria-label="教学反思草稿内容"
        className="mt-2 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm leading-6"
      />
      {plans.length ? (
        <div className="mt-2 flex flex-wrap items-end gap-2">
          <label className="text-sm">
            <span className="block text-slate-600">加入到</span>
            <select name="planId" className="mt-1 min-h-10 max-w-xs rounded-md border border-slate-300 px-2">
              {plans.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))}
            </select>
          </label>
          <button
            type="submit"
            disabled={pending}
            className="min-h-10 rounded-md border border-brand-600 px-4 text-sm text-brand-700"
          >
            加入教案的教学反思
          </button>
        </div>
      ) : (
        <p className="mt-2 text-sm text-slate-500">你还没有自己的教案；在“我的教案”里复制一份后就可以把草稿加进去。</p>
      )}
      {state.message ? (
        <div className="mt-2">
          <Notice tone={state.ok ? "success" : "error"}>{state.message}</Notice>
        </div>
      ) : null}
    </form>
  );
}
