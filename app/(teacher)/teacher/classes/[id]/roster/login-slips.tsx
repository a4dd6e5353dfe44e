"use client";

import type { ImportedStudent } from "../../actions";

/** An A4 sheet of cut-out login slips: name, 学号, initial password and the site address. */
export function LoginSlips({ className, students }: { className: string; students: ImportedStudent[] }) {
  const site = typeof window === "undefined" ? "" : window.location.origin;
  return (
    <div className="grid grid-cols-1 gap-0 sm:grid-cols-2 print:grid-cols-2" data-testid="login-slips">
      {students.map((s) => (
        <div
          key={s.username}
          className="break-inside-avoid border border-dashed border-slate-400 p-4 text-sm"
          data-slip={s.username}
        >
          <p className="text-xs text-slate-500">客服课堂 · {className}</p>
          <p className="mt-1 text-lg font-semibold">{s.name}</p>
          <p>
            账号（学号）：<span className="font-mono">{s.username}</span>
          </p>
          <p>
            初始密码：
            {s.initialPassword ? (
              <span className="font-mono text-base font-semibold tracking-wider">{s.initialPassword}</span>
            ) : (
              <span className="text-slate-500">已有账号，用原密码登录</span>
            )}
          </p>
          <p className="mt-1 text-xs text-slate-500">登录网址：{site}　首次登录后请修改密码</p>
        </div>
      ))}
    </div>
  );
}
