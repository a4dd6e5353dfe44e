"use client";

import { useId, useState, type TextareaHTMLAttributes } from "react";
import { exerciseMessages as m } from "@/lib/messages/exercises";
import { charCount, firstChars } from "@/lib/exercises/chars";

type Props = {
  value: string;
  maxLength: number;
  onChange: (text: string) => void;
  /** Everything else the textarea needs (label, keys, class, rows …). */
  textarea: Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "value" | "onChange" | "maxLength"> & {
    "data-cell"?: string;
  };
};

/**
 * A text box with a visible limit, counted as a student counts (an emoji is one character). Text past the limit is not cut off silently: the cell keeps
 * what fits, and the rest stays right under it to copy, shorten and put back.
 */
export function LimitedText({ value, maxLength, onChange, textarea }: Props) {
  const [overflow, setOverflow] = useState("");
  const counterId = useId();
  const count = charCount(value);
  return (
    <>
      <textarea
        rows={2}
        {...textarea}
        value={value}
        aria-describedby={[textarea["aria-describedby"], counterId].filter(Boolean).join(" ")}
        onChange={(e) => {
          const text = e.target.value;
          if (charCount(text) > maxLength) {
            const kept = firstChars(text, maxLength);
            setOverflow(text.slice(kept.length));
            onChange(kept);
          } else {
            onChange(text);
          }
        }}
      />
      <span
        id={counterId}
        className={`mt-0.5 block text-right text-xs ${count >= maxLength ? "text-red-700" : "text-slate-600"}`}
      >
        {count}/{maxLength} 字
      </span>
      {overflow ? (
        <div
          role="alert"
          className="mt-1 rounded-md border border-amber-300 bg-amber-50 p-2 text-xs leading-5 text-amber-950"
          data-testid="cell-overflow"
        >
          <p>{m.cellOverflow(maxLength, charCount(overflow))}</p>
          <textarea
            readOnly
            value={overflow}
            aria-label="没放进格子的部分"
            className="mt-1 block w-full rounded border border-amber-200 bg-white px-2 py-1 text-xs"
            rows={2}
          />
          <div className="mt-1 flex gap-2">
            <button
              type="button"
              className="min-h-8 rounded border border-amber-400 bg-white px-2"
              onClick={() => void navigator.clipboard?.writeText(overflow).catch(() => undefined)}
            >
              复制这部分
            </button>
            <button
              type="button"
              className="min-h-8 rounded border border-amber-400 bg-white px-2"
              onClick={() => setOverflow("")}
            >
              不要了
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}
