"use client";

import { useActionState } from "react";
import { Notice } from "@/components/ui/notice";
import { initialActionResult } from "@/lib/actions/result";
import { joinClass } from "./actions";

export function JoinClassForm() {
  const [state, action, pending] = useActionState(joinClass, initialActionResult);
  return (
    <form action={action} className="mt-3 flex flex-wrap items-end gap-2" aria-label="加入班级">
      <label className="text-sm">
        <span className="block text-slate-700">班级码</span>
        <input
          name="code"
          required
          maxLength={6}
          autoCapitalize="characters"
          autoComplete="off"
          placeholder="6 位"
          className="mt-1 min-h-10 w-32 rounded-md border border-slate-300 px-3 font-mono uppercase"
        />
      </label>
      <button
        type="submit"
        disabled={pending}
        className="min-h-10 rounded-md border border-brand-600 px-4 text-brand-700"
      >
        加入班级
      </button>
      {state.message ? (
        <div className="w-full">
          <Notice tone={state.ok ? "success" : "error"}>{state.message}</Notice>
        </div>
      ) : null}
    </form>
  );
}
