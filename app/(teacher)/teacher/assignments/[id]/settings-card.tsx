"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import { Notice } from "@/components/ui/notice";
import { initialActionResult, type ActionResult } from "@/lib/actions/result";
import { localFieldsToIso, toLocalInput } from "@/lib/time/local-input";
import { deleteAssignment, extendAssignment, removeExtension, updateAssignment } from "../actions";

type Student = { id: string; name: string; username: string };
type Extension = { studentId: string; dueAt: string; cutoffAt: string | null };
type Props = {
  assignmentId: string;
  dueAt: string;
  cutoffAt: string | null;
  checkMode: string;
  handedIn: number;
  students: Student[];
  extensions: Extension[];
};

type FormAction = (previous: ActionResult, formData: FormData) => Promise<ActionResult>;

/** An action form whose datetime-local fields are sent as instants, keeping what was typed on a refusal. */
function useTimedForm(action: FormAction) {
  const [state, dispatch, pending] = useActionState(action, initialActionResult);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = localFieldsToIso(new FormData(event.currentTarget), ["dueAt", "cutoffAt"]);
    startTransition(() => dispatch(form));
  };
  return { state, pending, onSubmit };
}

function Result({ state }: { state: ActionResult }) {
  if (!state.message) return null;
  return (
    <Notice tone={state.ok ? "success" : "error"}>
      {[...new Set([state.message, ...Object.values(state.fieldErrors ?? {}).flat()])].join(" ")}
    </Notice>
  );
}

const input = "mt-1 block min-h-10 rounded-md border border-slate-300 bg-white px-2";
const time = (iso: string) => new Date(iso).toLocaleString("zh-CN", { hour12: false, timeZone: "Asia/Shanghai" });

/** 作业设置: change the due time, extend it for one student, or delete the assignment. */
export function SettingsCard({ assignmentId, dueAt, cutoffAt, checkMode, handedIn, students, extensions }: Props) {
  const update = useTimedForm(updateAssignment);
  const extend = useTimedForm(extendAssignment);
  const unextend = useTimedForm(removeExtension);
  const remove = useTimedForm(deleteAssignment);
  const nameOf = new Map(students.map((s) => [s.id, `${s.name}（${s.username}）`]));
  return (
    <details className="mt-6 rounded-xl border border-slate-200 bg-white p-4" data-testid="assignment-settings">
      <summary className="cursor-pointer font-semibold">作业设置：改截止时间、个别延期、删除</summary>

      <form
        onSubmit={update.onSubmit}
        className="mt-4 grid gap-3 sm:grid-cols-[auto_auto_1fr_auto] sm:items-end"
        aria-label="修改截止时间"
      >
        <input type="hidden" name="assignmentId" value={assignmentId} />
        <label className="text-sm">
          <span className="block text-slate-700">截止时间</span>
          <input type="datetime-local" name="dueAt" required defaultValue={toLocalInput(dueAt)} className={input} />
        </label>
        <label className="text-sm">
          <span className="block text-slate-700">最后提交时间（可选）</span>
          <input type="datetime-local" name="cutoffAt" defaultValue={toLocalInput(cutoffAt)} className={input} />
        </label>
        <label className="text-sm">
          <span className="block text-slate-700">检查答案</span>
          <select name="checkMode" defaultValue={checkMode} className={`${input} w-full`}>
            <option value="assessed">测验：每题最多检查 3 次，只显示对错</option>
            <option value="practice">练习：不限次数，显示答案和解析</option>
          </select>
        </label>
        <button
          type="submit"
          disabled={update.pending}
          className="min-h-10 rounded-md bg-brand-600 px-4 text-white disabled:bg-brand-300"
        >
          保存设置
        </button>
        <div className="space-y-2 sm:col-span-4">
          <Result state={update.state} />
          {update.state.reason === "conflict" ? (
            <label className="flex min-h-10 items-center gap-2 text-sm">
              <input type="checkbox" name="confirm" value="yes" className="size-4 accent-brand-600" /> 我已确认
            </label>
          ) : null}
        </div>
      </form>

      <h3 className="mt-6 font-semibold">个别同学延期</h3>
      <form
        onSubmit={extend.onSubmit}
        className="mt-2 grid gap-3 sm:grid-cols-[1fr_auto_auto_auto] sm:items-end"
        aria-label="个别同学延期"
      >
        <input type="hidden" name="assignmentId" value={assignmentId} />
        <label className="text-sm">
          <span className="block text-slate-700">学生</span>
          <select name="studentId" required defaultValue="" className={`${input} w-full`}>
            <option value="" disabled>
              选择学生
            </option>
            {students.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}（{s.username}）
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="block text-slate-700">延期到</span>
          <input type="datetime-local" name="dueAt" required className={input} />
        </label>
        <label className="text-sm">
          <span className="block text-slate-700">最后提交时间（可选）</span>
          <input type="datetime-local" name="cutoffAt" className={input} />
        </label>
        <button
          type="submit"
          disabled={extend.pending}
          className="min-h-10 rounded-md border border-brand-600 px-4 text-brand-700 disabled:opacity-50"
        >
          延期
        </button>
        <div className="sm:col-span-4">
          <Result state={extend.state} />
        </div>
      </form>
      {extensions.length ? (
        <ul className="mt-3 space-y-2 text-sm" aria-label="已延期的同学">
          {extensions.map((e) => (
            <li key={e.studentId} className="flex flex-wrap items-center gap-2">
              <span>
                {nameOf.get(e.studentId) ?? "已不在班里的同学"}：截止 {time(e.dueAt)}
                {e.cutoffAt ? `，最后提交 ${time(e.cutoffAt)}` : ""}
              </span>
              <form onSubmit={unextend.onSubmit}>
                <input type="hidden" name="assignmentId" value={assignmentId} />
                <input type="hidden" name="studentId" value={e.studentId} />
                <button
                  type="submit"
                  disabled={unextend.pending}
                  className="min-h-9 rounded-md border border-slate-300 px-2 hover:bg-slate-50"
                >
                  取消延期
                </button>
              </form>
            </li>
          ))}
        </ul>
      ) : null}
      <Result state={unextend.state} />

      <h3 className="mt-6 font-semibold text-red-800">删除这份作业</h3>
      <form onSubmit={remove.onSubmit} className="mt-2 space-y-2 text-sm" aria-label="删除这份作业">
        <input type="hidden" name="assignmentId" value={assignmentId} />
        <p className="text-slate-700">
          删除后这份作业从班级里消失。
          {handedIn
            ? `学生已经交的 ${handedIn} 份作业和分数会保留，在“最近提交”里仍能查看，但不再计入这份作业。`
            : "还没有学生交。"}
          学生写了一半的答案也会保留。
        </p>
        <label className="flex min-h-10 items-center gap-2">
          <input type="checkbox" name="confirm" value="yes" className="size-4 accent-red-600" /> 我已确认，删除这份作业
        </label>
        <button
          type="submit"
          disabled={remove.pending}
          className="min-h-10 rounded-md border border-red-300 px-4 text-red-700 hover:bg-red-50"
        >
          删除作业
        </button>
        <Result state={remove.state} />
      </form>
    </details>
  );
}
