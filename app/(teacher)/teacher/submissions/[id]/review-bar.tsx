"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";

type Props = {
  total: number;
  max: number;
  blank: number;
  pending: boolean;
  prevHref: string | null;
  nextHref: string | null;
  onFinish: () => void;
  onReturn: () => void;
  /** Warnings and save messages, shown above the buttons so they are seen without scrolling. */
  children?: ReactNode;
};

/** The review's footer, always in view: the total, what is still unscored, finish / return, and the next student. */
export function ReviewBar({ total, max, blank, pending, prevHref, nextHref, onFinish, onReturn, children }: Props) {
  return (
    <div
      className="sticky bottom-0 z-10 -mx-4 mt-6 border-t border-slate-200 bg-white/95 px-4 py-2 shadow-[0_-2px_6px_rgba(0,0,0,0.05)] backdrop-blur sm:mx-0 sm:rounded-t-lg sm:border-x"
      data-testid="review-bar"
    >
      {children ? <div className="mb-2 space-y-2">{children}</div> : null}
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <p className="text-sm font-medium text-slate-800" data-testid="review-total">
          总分 {total} / {max}
          {blank ? <span className="ml-2 font-normal text-red-700">{blank} 道未打分</span> : null}
        </p>
        <div className="flex flex-wrap gap-2">
          <Button onClick={onFinish} disabled={pending} aria-keyshortcuts="Control+Enter">
            批改完成
          </Button>
          <Button variant="secondary" onClick={onReturn} disabled={pending}>
            退回修改
          </Button>
        </div>
        <p className="ml-auto text-sm text-slate-600">
          {prevHref ? (
            <a href={prevHref} className="mr-3 underline" aria-keyshortcuts="K">
              ← 上一位（K）
            </a>
          ) : null}
          {nextHref ? (
            <a href={nextHref} className="underline" aria-keyshortcuts="J">
              下一位（J）→
            </a>
          ) : null}
        </p>
      </div>
      <p className="mt-1 hidden text-xs text-slate-500 md:block">
        快捷键：Enter 下一道的得分 · Shift+数字 选评分档 · Alt+数字 插入评语库 · Ctrl+Enter 批改完成并打开下一位 · J / K
        下一位 / 上一位
      </p>
    </div>
  );
}
