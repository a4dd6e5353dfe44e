"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { reviewGroup } from "../../../submissions/[id]/actions";

type Props = {
  submissionIds: string[];
  exerciseId: string;
  points: number;
  /** A table cell ("row:column"): the group gets a comment on that cell, not an exercise score. */
  cell?: string;
  /** Each member's current score on this exercise, shown before anything is replaced. */
  current: { name: string; score: number | null }[];
};

/** One score and comment (or one cell comment) for every student in a group of identical answers. */
export function GroupReview({ submissionIds, exerciseId, points, cell, current }: Props) {
  const [score, setScore] = useState("");
  const [comment, setComment] = useState("");
  const [result, setResult] = useState<ActionResult<{ count: number }> | null>(null);
  const [pending, startTransition] = useTransition();
  const scores = current.map((c) => `${c.name} ${c.score ?? "—"} 分`).join("、");
  return (
    <form
      className="mt-3 flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () =>
          setResult(
            await reviewGroup({
              submissionIds,
              exerciseId,
              cell,
              score: cell || score === "" ? null : Number(score),
              comment,
            }),
          ),
        );
      }}
    >
      <p className="w-full text-xs text-slate-600" data-testid="group-current-scores">
        {cell
          ? `这道题各人现在的分数（写格评语不会改动）：${scores}`
          : `这道题各人现在的分数（应用后会被替换）：${scores}`}
      </p>
      {cell ? null : (
        <label className="text-sm">
          <span className="block text-slate-600">得分 / {points}</span>
          <input
            type="number"
            min={0}
            max={points}
            step={0.5}
            value={score}
            onChange={(e) => setScore(e.target.value)}
            className="mt-1 min-h-10 w-24 rounded-md border border-slate-300 px-2"
          />
        </label>
      )}
      <label className="min-w-48 flex-1 text-sm">
        <span className="block text-slate-600">{cell ? "这一格的评语" : "评语"}</span>
        <input
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          className="mt-1 min-h-10 w-full rounded-md border border-slate-300 px-2"
        />
      </label>
      <button
        type="submit"
        disabled={pending}
        className="min-h-10 rounded-md bg-brand-600 px-4 text-sm text-white disabled:bg-brand-300"
      >
        {cell ? `把格评语写给这 ${submissionIds.length} 人` : `应用到这 ${submissionIds.length} 人`}
      </button>
      {result?.message ? (
        <p role="status" className={`w-full text-sm ${result.ok ? "text-green-700" : "text-red-700"}`}>
          {result.message}
        </p>
      ) : null}
    </form>
  );
}
