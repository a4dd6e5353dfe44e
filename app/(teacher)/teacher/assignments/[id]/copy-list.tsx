"use client";

import { useState } from "react";

/** Copies a list (学号, 姓名, 状态 — one student a line) for a 催交 message in a class chat. */
export function CopyList({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        className="min-h-9 rounded-md border border-slate-300 bg-white px-3 text-sm hover:bg-slate-50"
        onClick={() =>
          void navigator.clipboard
            ?.writeText(text)
            .then(() => setCopied("yes"))
            .catch(() => setCopied("no"))
        }
      >
        {label}
      </button>
      <span role="status" className="text-xs text-slate-600">
        {copied === "yes"
          ? "已复制，可以粘贴到班级群。"
          : copied === "no"
            ? "浏览器不让复制，请手动选中名单复制。"
            : ""}
      </span>
    </span>
  );
}
