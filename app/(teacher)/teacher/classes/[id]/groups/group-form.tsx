"use client";

import { useActionState } from "react";
import { Notice } from "@/components/ui/notice";
import { initialActionResult } from "@/lib/actions/result";
import { createGroup } from "../../actions";

export function GroupForm({
  classId,
  students,
  nextName,
}: {
  classId: string;
  students: { id: string; name: string; username: string }[];
  nextName: string;
}) {
  const [state, action, pending] = useActionState(createGroup, initialActionResult);
  if (students.length < 2) return <p className="mt-6 text-sm text-slate-500">没有分组的同学不足 2 人。</p>;
  return (
    <form
      action={action}
      key={nextName}
      className="mt-6 rounded-xl border border-dashed border-slate-300 bg-white p-4"
      aria-label="新建小组"
    >
      <input type="hidden" name="classId" value={classId} />
      <label className="block text-sm">
        <span className="text-slate-700">组名</span>
        <input
          name="name"
          defaultValue={nextName}
          maxLength={20}
          className="mt-1 block min-h-10 w-48 rounded-md border border-slate-300 px-3"
        />
      </label>
      <fieldset className="mt-3">
        <legend className="text-sm text-slate-700">选择 2–6 名组员</legend>
        <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-3">
          {students.map((s) => (
            <label key={s.id} className="flex min-h-9 items-center gap-2 text-sm">
              <input type="checkbox" name="studentIds" value={s.id} className="size-4 accent-brand-600" />
              {s.name} <span className="font-mono text-xs text-slate-500">{s.username}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <button
        type="submit"
        disabled={pending}
        className="mt-3 min-h-10 rounded-md bg-brand-600 px-4 text-white disabled:bg-brand-300"
      >
        建立小组
      </button>
      {state.message ? (
        <div className="mt-3">
          <Notice tone={state.ok ? "success" : "error"}>{state.message}</Notice>
        </div>
      ) : null}
    </form>
  );
}
