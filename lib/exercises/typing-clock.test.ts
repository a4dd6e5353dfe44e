import { describe, expect, it } from "vitest";
import { measureTyping } from "./grading";
import { continueTypingClock, TYPING_MAX_MS } from "./typing-clock";

describe("the typing clock", () => {
  it("keeps the time of the text already typed when a reload restarts the timer", () => {
    const stored = { typed: "客服人员要有耐心，认真倾听顾客", elapsedMs: 30_000 };
    const afterReload = { typed: "客服人员要有耐心，认真倾听顾客的问题", elapsedMs: 4_000 };
    const kept = continueTypingClock(stored, afterReload);
    expect(kept.elapsedMs).toBe(30_000);
    // Without the rule this attempt would read as several hundred 字/分钟.
    expect(measureTyping("客服人员要有耐心，认真倾听顾客的问题", kept).cpm).toBeLessThan(60);
  });

  it("starts fresh for a new attempt (重新开始) and stops at an hour", () => {
    expect(continueTypingClock({ typed: "旧的", elapsedMs: 50_000 }, { typed: "新", elapsedMs: 1_000 }).elapsedMs).toBe(
      1_000,
    );
    expect(continueTypingClock(null, { typed: "慢", elapsedMs: TYPING_MAX_MS + 5 }).elapsedMs).toBe(TYPING_MAX_MS);
  });
});
