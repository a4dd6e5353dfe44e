"use client";

import { startTransition, useActionState } from "react";
import { Notice } from "@/components/ui/notice";
import { initialActionResult } from "@/lib/actions/result";
import { localFieldsToIso } from "@/lib/time/local-input";
import { createAssignment } from "../assignments/actions";

type Props = { classId: string; lessons: { slug: string; title: string }[] };

/** 布置作业: lesson, due time and optional cut-off (the teacher's local time), and how 检查答案 works. */
export function AssignForm({ classId, lessons }: Props) {
  const [state, dispatch, pending] = useActionState(createAssignment, initialActionResult);
  return (
    <form
      className="mt-3 grid gap-3 rounded-md bg-slate-50 p-3 sm:grid-cols-[1fr_auto_auto_auto_auto] sm:items-end"
      onSubmit={(event) => {
        event.preventDefault();
        // datetime-local has no time zone: send the instant the teacher meant, in ISO form.
        const form = localFieldsToIso(new FormData(event.currentTarget), ["dueAt", "cutoffAt"]);
        startTransition(() => dispatch(form));
      }}
    >
      <input type="hidden" name="classId" value={classId} />
      <label className="text-sm">
        <span className="block text-slate-700">课程</span>
        <select
          name="lessonSlug"
          required
          className="mt-1 min-h-10 w-full rounded-md border border-slate-300 bg-white px-2"
        >
          {lessons.map((l) => (
            <option key={l.slug} value={l.slug}>
              {l.title}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="block text-slate-700">截止时间</span>
        <input
          type="datetime-local"
          name="dueAt"
          required
          className="mt-1 min-h-10 rounded-md border border-slate-300 bg-white px-2"
        />
      </label>
      <label className="text-sm">
        <span className="block text-slate-700">最后提交时间（可选）</span>
        <input
          type="datetime-local"
          name="cutoffAt"
          className="mt-1 min-h-10 rounded-md border border-slate-300 bg-white px-2"
        />
      </label>
      <label className="text-sm">
        <span className="block text-slate-700">检查答案</span>
        <select
          name="checkMode"
          defaultValue="assessed"
          className="mt-1 min-h-10 w-full rounded-md border border-slate-300 bg-white px-2"
        >
          <option value="assessed">测验：每题最多检查 3 次，只显示对错</option>
          <option value="practice">练习：不限次数，显示答案和解析</option>
        </select>
      </label>
      <button
        type="submit"
        disabled={pending}
        className="min-h-10 rounded-md bg-brand-600 px-4 text-white disabled:bg-brand-300"
      >
        {pending ? "正在布置……" : "布置作业"}
      </button>
      {state.message ? (
        <div className="space-y-2 sm:col-span-5">
          <Notice tone={state.ok ? "success" : "error"}>
            {[...new Set([state.message, ...Object.values(state.fieldErrors ?? {}).flat()])].join(" ")}
          </Notice>
          {state.reason === "conflict" ? (
            <label className="flex min-h-10 items-center gap-2 text-sm">
              <input type="checkbox" name="confirm" value="yes" className="size-4 accent-brand-600" />
              我已确认，仍然布置
            </label>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
