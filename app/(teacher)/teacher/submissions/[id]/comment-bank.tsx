"use client";

import { useState, useTransition } from "react";
import { removeFromCommentBank, saveToCommentBank } from "./actions";

export type BankEntry = { id: string; text: string };

type Props = {
  entries: BankEntry[];
  onEntries: (entries: BankEntry[]) => void;
  currentText: string;
  targetLabel: string;
  onInsert: (text: string) => void;
};

/** The teacher's 评语库: save the comment being written, insert a saved one (or press Alt+number). */
export function CommentBank({ entries, onEntries, currentText, targetLabel, onInsert }: Props) {
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <aside aria-labelledby="bank-heading" className="mt-4 rounded-md border border-slate-200 bg-slate-50 p-3 xl:mt-0">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id="bank-heading" className="text-sm font-semibold">
          评语库
        </h3>
        <button
          type="button"
          disabled={pending || !currentText.trim()}
          onClick={() =>
            startTransition(async () => {
              const result = await saveToCommentBank(currentText);
              setMessage(result.message ?? null);
              if (result.ok && result.data && !entries.some((e) => e.id === result.data?.id))
                onEntries([...entries, result.data]);
            })
          }
          className="min-h-9 rounded-md border border-slate-300 bg-white px-3 text-sm disabled:opacity-40"
        >
          把{targetLabel}存入评语库
        </button>
      </div>
      <p className="mt-1 text-xs text-slate-500">
        在评语框里按 Alt + 数字 直接插入对应评语；点“插入”会放进{targetLabel}。
      </p>
      {message ? (
        <p role="status" className="mt-1 text-xs text-green-700">
          {message}
        </p>
      ) : null}
      {entries.length ? (
        <ol className="mt-2 space-y-1 text-sm">
          {entries.map((entry, i) => (
            <li key={entry.id} className="flex items-center gap-2">
              <kbd className="rounded border border-slate-300 bg-white px-1 text-xs">
                {i < 9 ? `Alt+${i + 1}` : "—"}
              </kbd>
              <span className="flex-1">{entry.text}</span>
              <button type="button" onClick={() => onInsert(entry.text)} className="text-brand-700 underline">
                插入
              </button>
              <button
                type="button"
                aria-label={`从评语库删除：${entry.text}`}
                onClick={() =>
                  startTransition(async () => {
                    if ((await removeFromCommentBank(entry.id)).ok) onEntries(entries.filter((e) => e.id !== entry.id));
                  })
                }
                className="text-red-700"
              >
                删除
              </button>
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-2 text-sm text-slate-500">还没有存评语。</p>
      )}
    </aside>
  );
}
