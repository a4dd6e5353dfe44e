"use client";

import { commonMessages } from "@/lib/messages/common";
import "./globals.css";

// Replaces the root layout when it fails, so it brings its own <html>.
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body className="bg-slate-50 font-sans text-slate-900">
        <main className="mx-auto max-w-md px-4 py-16 text-center">
          <h1 className="text-2xl font-bold">{commonMessages.errorTitle}</h1>
          <p className="mt-3 text-slate-600">{commonMessages.errorBody}</p>
          <button type="button" onClick={reset} className="mt-6 rounded-md bg-teal-700 px-4 py-2 text-white">
            {commonMessages.retry}
          </button>
        </main>
      </body>
    </html>
  );
}
