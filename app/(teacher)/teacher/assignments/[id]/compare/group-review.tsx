"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { reviewGroup } from "../../../submissions/[id]/actions";

/** One score and comment for every student in a group of identical answers. */
export function GroupReview({ submissionIds, exerciseId, points }: { submissionIds: string[]; exerciseId: string; points: number }) {
  const [score, setScore] = useState("");
  const [comment, setComment] = useState("");
  const [result, setResult] = useState<ActionResult<{ count: number }> | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      className="mt-3 flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () =>
          setResult(await reviewGroup({ submissionIds, exerciseId, score: score === "" ? null : Number(score), comment })),
        );
      }}
    >
      <label className="text-sm">
        <span className="block text-slate-600">得分 / {points}</span>
        <input type="number" min={0} max={points} step={0.5} value={score} onChange={(e) => setScore(e.target.value)} className="mt-1 min-h-10 w-24 rounded-md border border-slate-300 px-2" />
      </label>
      <label className="min-w-48 flex-1 text-sm">
        <span className="block text-slate-600">评语</span>
        <input value={comment} onChange={(e) => setComment(e.target.value)} className="mt-1 min-h-10 w-full rounded-md border border-slate-300 px-2" />
      </label>
      <button type="submit" disabled={pending} className="min-h-10 rounded-md bg-brand-600 px-4 text-sm text-white disabled:bg-brand-300">
        应用到这 {submissionIds.length} 人
      </button>
      {result?.message ? (
        <p role="status" className={`w-full text-sm ${result.ok ? "text-green-700" : "text-red-700"}`}>{result.message}</p>
      ) : null}
    </form>
  );
}
