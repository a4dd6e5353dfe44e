"use client";

import { useId } from "react";
import { Markdown } from "@/components/markdown";

type Props = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  preview?: boolean;
  hint?: string;
  rows?: number;
};

/** One template field in the plan editor; long fields take Markdown and can show a preview. */
export function FieldText({ label, value, onChange, multiline = false, preview = false, hint, rows = 3 }: Props) {
  const id = useId();
  const input =
    "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-[15px] leading-7 focus:border-brand-600 focus:outline-2 focus:outline-brand-600/30";
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {multiline ? (
        <textarea
          id={id}
          value={value}
          rows={rows}
          onChange={(e) => onChange(e.target.value)}
          className={`${input} field-sizing-content min-h-20`}
        />
      ) : (
        <input id={id} value={value} onChange={(e) => onChange(e.target.value)} className={`${input} min-h-11`} />
      )}
      {hint ? <p className="mt-1 text-xs text-slate-500">{hint}</p> : null}
      {multiline && preview && value.trim() ? (
        <div
          className="mt-2 rounded-md border border-dashed border-slate-300 bg-slate-50 px-3 py-2 text-sm"
          aria-label={`${label}预览`}
        >
          <Markdown text={value} />
        </div>
      ) : null}
    </div>
  );
}
