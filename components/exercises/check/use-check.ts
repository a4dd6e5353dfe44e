"use client";

import { useState } from "react";
import type { Feedback } from "@/lib/exercises/feedback";

/** A check's marks; on assessed work, how many checks are left (and no key). */
export type CheckFeedback = Feedback & { remaining?: number };

type CheckState = { feedback: CheckFeedback | null; error: string | null; pending: boolean; checkedValue: unknown };

/** Asks the server to grade an auto-graded exercise and explain the answer. */
export function useCheck(exerciseId: string) {
  const [state, setState] = useState<CheckState>({
    feedback: null,
    error: null,
    pending: false,
    checkedValue: undefined,
  });
  async function check(value: unknown) {
    setState((s) => ({ ...s, pending: true, error: null }));
    try {
      const response = await fetch(`/api/exercises/${encodeURIComponent(exerciseId)}/check`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ value }),
      });
      const body = (await response.json()) as CheckFeedback & { message?: string };
      setState(
        response.ok
          ? { feedback: body, error: null, pending: false, checkedValue: value }
          : {
              feedback: null,
              error: body.message ?? "检查失败，请稍后再试。",
              pending: false,
              checkedValue: undefined,
            },
      );
    } catch {
      setState({
        feedback: null,
        error: "网络不通，暂时不能检查。答案已保存在本机。",
        pending: false,
        checkedValue: undefined,
      });
    }
  }
  return { ...state, check };
}
