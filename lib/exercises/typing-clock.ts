import type { TypingAnswer } from "./answers";

// The typing test's clock cannot be wound back: a reload, a second tab or a hand-made request
// that keeps the text typed so far but restarts the time would inflate 字/分钟.

/** The longest a typing attempt is timed (the clock stops there; 重新开始 starts a new one). */
export const TYPING_MAX_MS = 60 * 60 * 1000;

/** The answer to store: an attempt that continues the stored one never has less time than it. */
export function continueTypingClock(stored: TypingAnswer | null, next: TypingAnswer): TypingAnswer {
  const elapsedMs = Math.min(next.elapsedMs, TYPING_MAX_MS);
  if (!stored || stored.typed === "" || !next.typed.startsWith(stored.typed)) return { ...next, elapsedMs };
  return { ...next, elapsedMs: Math.max(elapsedMs, stored.elapsedMs) };
}
