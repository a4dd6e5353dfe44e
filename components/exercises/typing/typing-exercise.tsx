"use client";

import { useRef, useState } from "react";
import type { TypingAnswer } from "@/lib/exercises/answers";
import { measureTyping } from "@/lib/exercises/typing-speed";
import { TYPING_MAX_MS } from "@/lib/exercises/typing-clock";
import type { WidgetProps } from "../types";

/**
 * A timed typing test for Chinese input. Only committed text counts: while an IME is composing
 * (pinyin letters on screen), nothing is measured.
 */
export function TypingExercise({ exercise, value, onChange, readOnly }: WidgetProps<"typing", TypingAnswer>) {
  const [text, setText] = useState(value.typed);
  const startedAt = useRef<number | null>(null);
  const composing = useRef(false);
  const result = measureTyping(exercise.passage, value);
  const done = [...value.typed.replace(/\s/g, "")].length >= [...exercise.passage.replace(/\s/g, "")].length;
  const passed = result.cpm >= exercise.targetCpm && result.accuracy >= 0.9;

  const commit = (typed: string) => {
    const now = Date.now();
    // After a reload the clock goes on from the time already used, never from zero.
    startedAt.current ??= now - (typed.startsWith(value.typed) ? value.elapsedMs : 0);
    onChange({ typed, elapsedMs: Math.min(now - startedAt.current, TYPING_MAX_MS) });
  };
  const restart = () => {
    startedAt.current = null;
    setText("");
    onChange({ typed: "", elapsedMs: 0 });
  };

  return (
    <div>
      <p
        className="rounded-md border border-slate-200 bg-slate-50 p-4 text-lg leading-9 tracking-wide text-slate-900 select-none"
        aria-label="要输入的文字"
      >
        {exercise.passage}
      </p>
      <label htmlFor={`${exercise.id}-input`} className="mt-4 block text-sm font-medium text-slate-800">
        在这里输入上面的文字（开始输入即开始计时）
      </label>
      <textarea
        id={`${exercise.id}-input`}
        value={text}
        disabled={readOnly || done}
        maxLength={exercise.passage.length * 2}
        autoComplete="off"
        spellCheck={false}
        onCompositionStart={() => (composing.current = true)}
        onCompositionEnd={(e) => {
          composing.current = false;
          commit(e.currentTarget.value);
        }}
        onChange={(e) => {
          setText(e.target.value);
          if (!composing.current) commit(e.target.value);
        }}
        onPaste={(e) => e.preventDefault()}
        className="mt-1 block min-h-28 w-full rounded-md border border-slate-300 px-3 py-2 text-lg leading-8 focus:border-brand-600 focus:outline-2 focus:outline-brand-600/30 disabled:bg-slate-50"
      />
      <dl className="mt-3 grid grid-cols-3 gap-2 text-center" data-testid="typing-result">
        <div className="rounded-md bg-slate-50 p-2">
          <dt className="text-xs text-slate-500">速度</dt>
          <dd className="text-lg font-semibold">{result.cpm} 字/分钟</dd>
        </div>
        <div className="rounded-md bg-slate-50 p-2">
          <dt className="text-xs text-slate-500">正确率</dt>
          <dd className="text-lg font-semibold">{Math.round(result.accuracy * 100)}%</dd>
        </div>
        <div className="rounded-md bg-slate-50 p-2">
          <dt className="text-xs text-slate-500">用时</dt>
          <dd className="text-lg font-semibold">{Math.round(value.elapsedMs / 1000)} 秒</dd>
        </div>
      </dl>
      {value.elapsedMs >= TYPING_MAX_MS && !done ? (
        <p className="mt-3 text-sm text-amber-800" role="status">
          这次已经计时满 60 分钟，计时停在这里。点“重新开始”可以再测一次。
        </p>
      ) : null}
      {done ? (
        <p className={`mt-3 text-sm font-medium ${passed ? "text-green-700" : "text-amber-800"}`} role="status">
          {passed
            ? `达标！超过了 ${exercise.targetCpm} 字/分钟的要求。`
            : `还没达到 ${exercise.targetCpm} 字/分钟、正确率 90% 的要求，多练几次吧。`}
        </p>
      ) : null}
      {readOnly ? null : (
        <button
          type="button"
          onClick={restart}
          className="mt-3 min-h-10 rounded-md border border-slate-300 px-4 text-sm hover:bg-slate-50"
        >
          重新开始
        </button>
      )}
    </div>
  );
}
