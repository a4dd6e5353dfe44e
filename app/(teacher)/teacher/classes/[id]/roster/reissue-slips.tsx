"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useFormAction } from "@/components/ui/use-form-action";
import { resetStudentPasswords } from "../../actions";
import { LoginSlips } from "./login-slips";

type Student = { id: string; username: string; name: string };

/**
 * 重新打印登录条: pick students of the class (one who forgot the password, or everyone whose slips
 * were lost); they get new initial passwords and the slips print at once.
 */
export function ReissueSlips({
  classId,
  className,
  students,
}: {
  classId: string;
  className: string;
  students: Student[];
}) {
  const { state, onSubmit, pending } = useFormAction(resetStudentPasswords);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  if (students.length === 0) return null;
  if (state.ok) {
    return (
      <section className="mt-8 space-y-4" aria-label="新的登录条">
        <div className="print:hidden">
          <Notice tone="success">{state.message} 新密码只显示这一次，请现在打印登录条。</Notice>
          <Button className="mt-3" onClick={() => window.print()}>
            打印登录条
          </Button>
        </div>
        <LoginSlips className={className} students={state.data.students} />
      </section>
    );
  }
  const all = chosen.size === students.length;
  return (
    <form
      className="mt-8 rounded-xl border border-slate-200 bg-white p-4 print:hidden"
      aria-label="重置密码并重新打印登录条"
      onSubmit={(event) => {
        if (!window.confirm(`确定要重置 ${chosen.size} 位同学的密码吗？他们的原密码会立即失效。`))
          event.preventDefault();
        else onSubmit(event);
      }}
    >
      <h2 className="font-semibold">忘记密码、登录条丢了？</h2>
      <p className="mt-1 text-sm text-slate-600">
        选中的同学会得到新的初始密码（首次登录后要改），原密码和已登录的设备立即失效。
      </p>
      <input type="hidden" name="classId" value={classId} />
      <label className="mt-3 flex min-h-9 items-center gap-2 text-sm font-medium">
        <input
          type="checkbox"
          checked={all}
          onChange={() => setChosen(all ? new Set() : new Set(students.map((s) => s.id)))}
          className="size-4 accent-brand-600"
        />
        全选（{students.length} 人）
      </label>
      <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4">
        {students.map((s) => (
          <label key={s.id} className="flex min-h-9 items-center gap-2 text-sm">
            <input
              type="checkbox"
              name="studentIds"
              value={s.id}
              checked={chosen.has(s.id)}
              onChange={(e) =>
                setChosen((c) => {
                  const next = new Set(c);
                  if (e.target.checked) next.add(s.id);
                  else next.delete(s.id);
                  return next;
                })
              }
              className="size-4 accent-brand-600"
            />
            {s.name} <span className="font-mono text-xs text-slate-500">{s.username}</span>
          </label>
        ))}
      </div>
      <Button type="submit" className="mt-3" disabled={pending || chosen.size === 0}>
        {pending ? "正在重置……" : `重置密码并打印登录条（${chosen.size} 人）`}
      </Button>
      {!state.ok && state.message ? (
        <div className="mt-3">
          <Notice tone="error">{state.message}</Notice>
        </div>
      ) : null}
    </form>
  );
}
