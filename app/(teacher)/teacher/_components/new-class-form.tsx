"use client";

import { useEffect, useRef } from "react";
import { Notice } from "@/components/ui/notice";
import { useFormAction } from "@/components/ui/use-form-action";
import { createClass } from "../classes/actions";

/** 新建班级: a name and a term from the list; what was typed stays when the server refuses it. */
export function NewClassForm({ terms, currentTerm }: { terms: string[]; currentTerm: string }) {
  const { state, onSubmit, pending } = useFormAction(createClass);
  const form = useRef<HTMLFormElement>(null);
  // Cleared once the class exists, ready for the next one; a refusal keeps what was typed.
  useEffect(() => {
    if (state.ok) form.current?.reset();
  }, [state]);
  return (
    <form
      ref={form}
      onSubmit={onSubmit}
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
          aria-invalid={state.fieldErrors?.name ? true : undefined}
          className="mt-1 min-h-10 rounded-md border border-slate-300 px-3 aria-invalid:border-red-500"
        />
      </label>
      <label className="text-sm">
        <span className="block text-slate-700">学期</span>
        <select
          name="term"
          defaultValue={currentTerm}
          className="mt-1 min-h-10 rounded-md border border-slate-300 bg-white px-2"
        >
          <option value="">不填</option>
          {terms.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
      <button
        type="submit"
        disabled={pending}
        className="min-h-10 rounded-md bg-brand-600 px-4 text-white disabled:bg-brand-300"
      >
        新建班级
      </button>
      {state.message ? (
        <div className="w-full" aria-live="polite">
          <Notice tone={state.ok ? "success" : "error"}>
            {[...new Set([state.message, ...Object.values(state.fieldErrors ?? {}).flat()])].join(" ")}
          </Notice>
        </div>
      ) : null}
    </form>
  );
}
