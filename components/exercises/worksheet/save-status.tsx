"use client";

import Link from "next/link";
import { exerciseMessages as m } from "@/lib/messages/exercises";
import type { Entry, OverallStatus } from "./worksheet-store";

const OVERALL: Record<OverallStatus, { text: string; tone: string }> = {
  saved: { text: m.saved, tone: "text-green-700" },
  saving: { text: m.saving, tone: "text-slate-600" },
  offline: { text: "未保存（离线）", tone: "text-amber-700" },
  error: { text: "未保存", tone: "text-red-700" },
  conflict: { text: "未保存（有冲突）", tone: "text-red-700" },
  expired: { text: "未保存（登录已过期）", tone: "text-red-700" },
  local: { text: "仅保存在本机", tone: "text-slate-600" },
  locked: { text: "已提交", tone: "text-brand-700" },
  loading: { text: m.loading, tone: "text-slate-600" },
  loadFailed: { text: "未能载入服务器上的答案，正在重试", tone: "text-amber-800" },
};

export function overallLabel(status: OverallStatus) {
  return OVERALL[status];
}

const ENTRY: Record<Entry["state"], OverallStatus> = {
  saved: "saved",
  local: "local",
  dirty: "saving",
  saving: "saving",
  offline: "offline",
  error: "error",
  conflict: "conflict",
  expired: "expired",
  unconfirmed: "loading",
  elsewhere: "saving",
};

function entryLabel(entry: Entry) {
  if (entry.state === "saved" && entry.baseVersion === 0) return { text: "尚未作答", tone: "text-slate-500" };
  if (entry.state === "unconfirmed") return { text: m.unconfirmed, tone: "text-amber-800" };
  if (entry.state === "elsewhere") return { text: "未保存（另一个窗口在改）", tone: "text-amber-800" };
  return OVERALL[ENTRY[entry.state]];
}

/** The save state of one exercise, said in words, with what to do about a problem. */
export function EntryStatus({
  entry,
  onResolve,
  loginHref,
}: {
  entry: Entry | undefined;
  onResolve: (keep: "server" | "mine") => void;
  loginHref: string;
}) {
  if (!entry) return <p className="text-sm text-slate-500">正在载入答案……</p>;
  if (entry.state === "local") return null;
  const label = entryLabel(entry);
  return (
    <div className="space-y-2">
      <p className={`text-sm font-medium ${label.tone}`} role="status" aria-live="polite" data-testid="entry-status">
        {label.text}
      </p>
      {entry.state === "conflict" ? (
        <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          <p>{m.conflict}</p>
          <div className="mt-2 flex flex-wrap gap-2">
            <button
              type="button"
              onClick={() => onResolve("server")}
              className="min-h-9 rounded-md border border-red-300 bg-white px-3"
            >
              {m.conflictUseServer}
            </button>
            <button
              type="button"
              onClick={() => onResolve("mine")}
              className="min-h-9 rounded-md border border-red-300 bg-white px-3"
            >
              {m.conflictKeepMine}
            </button>
          </div>
        </div>
      ) : null}
      {entry.state === "expired" ? (
        <p role="alert" className="text-sm text-red-800">
          {m.sessionExpired}
          <Link href={loginHref} className="ml-1 underline">
            重新登录
          </Link>
        </p>
      ) : null}
      {(entry.state === "error" || entry.state === "elsewhere" || entry.state === "unconfirmed") && entry.message ? (
        <p role="alert" className="text-sm text-red-800">
          {entry.message}
        </p>
      ) : null}
    </div>
  );
}
