"use client";

import { useActionState } from "react";
import { Notice } from "@/components/ui/notice";
import { initialActionResult } from "@/lib/actions/result";
import { createClass } from "../classes/actions";

export function NewClassForm() {
  const [state, action, pending] = useActionState(createClass, initialActionResult);
  return (
    <form
      action={action}
      className="flex flex-wrap items-end gap-2 rounded-xl border border-dashed border-slate-300 bg-white p-4"
      aria-label="新建班级"
    >
      <label className="text-sm">
        <span className="block text-slate-700">班级名称</span>
        <input
          name="name"
          required
          maxLength={40}
          placeholder="如 24电商2班"
          className="mt-1 min-h-10 rounded-md border border-slate-300 px-3"
        />
      </label>
      <label className="text-sm">
        <span className="block text-slate-700">学期（可选）</span>
        <input
          name="term"
          maxLength={40}
          placeholder="2026—2027 学年第一学期"
          className="mt-1 min-h-10 rounded-md border border-slate-300 px-3"
        />
      </label>
      <button
        type="submit"
        disabled={pending}
        className="min-h-10 rounded-md bg-brand-600 px-4 text-white disabled:bg-brand-300"
      >
        新建班级
      </button>
      {state.message ? (
        <div className="w-full">
          <Notice tone={state.ok ? "success" : "error"}>
            {[...new Set([state.message, ...Object.values(state.fieldErrors ?? {}).flat()])].join(" ")}
          </Notice>
        </div>
      ) : null}
    </form>
  );
}
