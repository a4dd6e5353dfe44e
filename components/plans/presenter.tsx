"use client";

import Link from "next/link";
import { useEffect, useState, type ReactNode } from "react";
import type { ResolvedLink } from "@/lib/plans/links";

export type PresentedPhase = {
  name: string;
  minutes: number;
  teacher: ReactNode;
  student: ReactNode;
  links: ResolvedLink[];
};

function clock(totalSeconds: number) {
  const s = Math.abs(Math.round(totalSeconds));
  return `${String(Math.floor(s / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`;
}

/**
 * Classroom mode for the projector: one phase at a time in large type, a countdown from the
 * phase's minutes, next/previous by keyboard or click, and time used against plan at the end.
 */
export function Presenter({ title, phases, backHref }: { title: string; phases: PresentedPhase[]; backHref: string }) {
  const [index, setIndex] = useState(0);
  const [running, setRunning] = useState(false);
  const [used, setUsed] = useState<number[]>(() => phases.map(() => 0));
  const atEnd = index >= phases.length;
  const phase = phases[index];

  useEffect(() => {
    if (!running || atEnd) return;
    const timer = window.setInterval(() => setUsed((u) => u.map((s, i) => (i === index ? s + 1 : s))), 1000);
    return () => window.clearInterval(timer);
  }, [running, index, atEnd]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLElement && e.target.closest("input, textarea, select")) return;
      if (["ArrowRight", "PageDown"].includes(e.key)) setIndex((i) => Math.min(i + 1, phases.length));
      else if (["ArrowLeft", "PageUp"].includes(e.key)) setIndex((i) => Math.max(i - 1, 0));
      else if (e.key === " ") setRunning((r) => !r);
      else return;
      e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [phases.length]);

  const planned = phases.reduce((s, p) => s + p.minutes * 60, 0);
  const totalUsed = used.reduce((s, x) => s + x, 0);

  return (
    <main className="flex min-h-dvh flex-col bg-slate-900 text-white">
      <header className="flex flex-wrap items-center justify-between gap-3 border-b border-white/10 px-6 py-3 text-sm text-slate-300">
        <Link href={backHref} className="underline">
          退出课堂模式
        </Link>
        <span className="truncate">{title}</span>
        <span aria-live="polite">{atEnd ? "课堂小结" : `环节 ${index + 1} / ${phases.length}`}</span>
      </header>

      {atEnd || !phase ? (
        <section className="mx-auto w-full max-w-4xl flex-1 px-6 py-10" aria-labelledby="summary">
          <h1 id="summary" className="text-4xl font-bold">
            用时统计
          </h1>
          <p className="mt-4 text-2xl" data-testid="time-summary">
            实际用时 {clock(totalUsed)}，计划 {clock(planned)}
            {totalUsed > planned ? `，超出 ${clock(totalUsed - planned)}` : ""}
          </p>
          <table className="mt-6 w-full text-left text-xl">
            <thead className="text-slate-400">
              <tr>
                <th className="py-2">环节</th>
                <th>计划</th>
                <th>实际</th>
              </tr>
            </thead>
            <tbody>
              {phases.map((p, i) => (
                <tr key={i} className="border-t border-white/10">
                  <td className="py-2">{p.name}</td>
                  <td>{clock(p.minutes * 60)}</td>
                  <td className={(used[i] ?? 0) > p.minutes * 60 ? "text-amber-300" : ""}>{clock(used[i] ?? 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : (
        <section
          className="mx-auto grid w-full max-w-6xl flex-1 gap-8 px-6 py-8 lg:grid-cols-[1fr_20rem]"
          aria-labelledby="phase-name"
        >
          <div>
            <h1 id="phase-name" className="text-5xl leading-tight font-bold">
              {phase.name}
            </h1>
            <div className="mt-8 grid gap-8 text-2xl leading-relaxed md:grid-cols-2">
              <div>
                <h2 className="text-lg text-slate-400">教师活动</h2>
                <div className="mt-2">{phase.teacher}</div>
              </div>
              <div>
                <h2 className="text-lg text-slate-400">学生活动</h2>
                <div className="mt-2">{phase.student}</div>
              </div>
            </div>
            {phase.links.length > 0 ? (
              <ul className="mt-8 flex flex-wrap gap-3 text-lg">
                {phase.links.map((link) => (
                  <li key={link.href}>
                    <Link href={link.href} className="inline-block rounded-md bg-white/10 px-4 py-2 hover:bg-white/20">
                      打开{link.label}
                    </Link>
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
          <aside className="text-center" aria-label="计时">
            {(() => {
              const left = phase.minutes * 60 - (used[index] ?? 0);
              return (
                <p
                  className={`text-7xl font-bold tabular-nums ${left < 0 ? "text-amber-300" : ""}`}
                  data-testid="countdown"
                  role="timer"
                >
                  {left < 0 ? "+" : ""}
                  {clock(left)}
                </p>
              );
            })()}
            <p className="mt-2 text-slate-400">本环节计划 {phase.minutes} 分钟</p>
            <button
              type="button"
              onClick={() => setRunning((r) => !r)}
              className="mt-6 min-h-12 w-full rounded-md bg-brand-600 text-xl hover:bg-brand-700"
            >
              {running ? "暂停计时" : "开始计时"}
            </button>
          </aside>
        </section>
      )}

      <footer className="flex items-center justify-between gap-3 border-t border-white/10 px-6 py-3">
        <button
          type="button"
          onClick={() => setIndex((i) => Math.max(i - 1, 0))}
          disabled={index === 0}
          className="min-h-12 rounded-md bg-white/10 px-6 text-lg disabled:opacity-30"
        >
          ← 上一环节
        </button>
        <p className="hidden text-sm text-slate-400 sm:block">键盘：← → 切换环节，空格 开始/暂停</p>
        <button
          type="button"
          onClick={() => setIndex((i) => Math.min(i + 1, phases.length))}
          disabled={atEnd}
          className="min-h-12 rounded-md bg-white/10 px-6 text-lg disabled:opacity-30"
        >
          {index === phases.length - 1 ? "结束并统计 →" : "下一环节 →"}
        </button>
      </footer>
    </main>
  );
}
