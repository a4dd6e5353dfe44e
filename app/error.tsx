"use client";

import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { commonMessages } from "@/lib/messages/common";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto max-w-md px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">{commonMessages.errorTitle}</h1>
      <p className="mt-3 text-slate-600">{commonMessages.errorBody}</p>
      {error.digest ? <p className="mt-2 font-mono text-xs text-slate-400">错误编号 {error.digest}</p> : null}
      <div className="mt-6 flex justify-center gap-3">
        <button type="button" onClick={reset} className={buttonClass("primary")}>
          {commonMessages.retry}
        </button>
        <Link href="/" className={buttonClass("secondary")}>
          {commonMessages.backHome}
        </Link>
      </div>
    </main>
  );
}
