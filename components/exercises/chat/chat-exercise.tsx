"use client";

import { useState } from "react";
import type { ChatAnswer } from "@/lib/exercises/answers";
import { checklistHits, forbiddenIn } from "@/lib/exercises/chat-checklist";
import { LimitedText } from "../limited-text";
import type { WidgetProps } from "../types";

/** A customer writes; the student answers each message before the next one appears. */
export function ChatExercise({ exercise, value, onChange, readOnly }: WidgetProps<"chat", ChatAnswer>) {
  const replies = value.replies;
  const [draft, setDraft] = useState("");
  const shown = Math.min(replies.length + 1, exercise.customerMessages.length);
  const finished = replies.length >= exercise.customerMessages.length;
  const hits = checklistHits(exercise, replies);
  const forbidden = forbiddenIn(replies);

  const send = () => {
    const text = draft.trim();
    if (!text) return;
    onChange({ replies: [...replies, text] });
    setDraft("");
  };
  const edit = (index: number, text: string) => onChange({ replies: replies.map((r, i) => (i === index ? text : r)) });

  return (
    <div className="grid gap-4 lg:grid-cols-[1fr_14rem]">
      <div>
        <p className="rounded-md bg-slate-50 px-3 py-2 text-sm leading-6 text-slate-700">
          <span className="font-medium">情境（{exercise.stage}）：</span>
          {exercise.scenario}
        </p>
        <ol className="mt-3 space-y-3" aria-label="对话">
          {exercise.customerMessages.slice(0, shown).map((message, i) => (
            <li key={i} className="space-y-2">
              <div className="flex">
                <p className="max-w-[85%] rounded-2xl rounded-tl-sm bg-slate-100 px-3 py-2 leading-6 text-slate-900">
                  <span className="block text-xs text-slate-600">顾客</span>
                  {message}
                </p>
              </div>
              {i < replies.length ? (
                <div className="flex justify-end">
                  <label className="w-[85%]">
                    <span className="block text-right text-xs text-slate-600">我的回复（可修改）</span>
                    <LimitedText
                      value={replies[i] ?? ""}
                      maxLength={exercise.maxLength}
                      onChange={(t) => edit(i, t)}
                      textarea={{
                        disabled: readOnly,
                        className:
                          "mt-0.5 block w-full rounded-2xl rounded-tr-sm border border-brand-100 bg-brand-50 px-3 py-2 leading-6 field-sizing-content disabled:text-slate-800",
                      }}
                    />
                  </label>
                </div>
              ) : null}
            </li>
          ))}
        </ol>
        {finished || readOnly ? null : (
          <div className="mt-3">
            <label htmlFor={`${exercise.id}-reply`} className="text-sm font-medium text-slate-800">
              回复第 {replies.length + 1} 条消息
            </label>
            <LimitedText
              value={draft}
              maxLength={exercise.maxLength}
              onChange={setDraft}
              textarea={{
                id: `${exercise.id}-reply`,
                onKeyDown: (e) => {
                  if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && !e.nativeEvent.isComposing) {
                    e.preventDefault();
                    send();
                  }
                },
                className:
                  "mt-1 block min-h-20 w-full rounded-md border border-slate-300 px-3 py-2 leading-6 focus:border-brand-600 focus:outline-2 focus:outline-brand-600/30",
              }}
            />
            <div className="mt-2 flex items-center justify-between gap-2">
              {/* Phones have no Ctrl key: the hint is for keyboards only. */}
              <span className="text-xs text-slate-600 pointer-coarse:hidden">Ctrl+Enter 发送</span>
              <button
                type="button"
                onClick={send}
                disabled={!draft.trim()}
                className="min-h-10 rounded-md bg-brand-600 px-4 text-white disabled:bg-brand-300"
              >
                发送
              </button>
            </div>
          </div>
        )}
        {finished ? <p className="mt-3 text-sm text-green-700">对话完成。可以对照右侧的话术清单再修改回复。</p> : null}
      </div>
      <aside aria-label="话术自查清单" className="h-fit rounded-md border border-slate-200 p-3">
        <p className="text-sm font-semibold text-slate-800">话术自查</p>
        <ul className="mt-2 space-y-1.5 text-sm">
          {exercise.checklist.map((item, i) => (
            <li key={item.label} className={hits[i] ? "text-green-700" : "text-slate-600"}>
              <span aria-hidden>{hits[i] ? "✓" : "○"}</span> {item.label}
              <span className="sr-only">{hits[i] ? "（已做到）" : "（还没做到）"}</span>
            </li>
          ))}
        </ul>
        {forbidden.length ? (
          <p
            className="mt-2 rounded bg-red-50 px-2 py-1 text-xs leading-5 text-red-800"
            role="status"
            data-testid="forbidden-phrases"
          >
            回复里有客服禁用语：{forbidden.map((p) => `“${p}”`).join("、")}，请换一种说法。
          </p>
        ) : null}
        <p className="mt-2 text-xs text-slate-600">清单只供自查，分数由老师评定。</p>
      </aside>
    </div>
  );
}
