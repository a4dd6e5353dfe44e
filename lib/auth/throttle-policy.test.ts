import { describe, expect, it } from "vitest";
import {
  ACCOUNT_POLICY,
  ADDRESS_POLICY,
  afterAttempt,
  waitAfter,
  waitFor,
  waitSeconds,
  type ThrottleState,
} from "./throttle-policy";

const start = new Date("2026-11-23T08:00:00Z");
const later = (ms: number) => new Date(start.getTime() + ms);

/** `times` attempts, each `everyMs` after the previous one or as soon as the wait allows. */
function attempts(times: number, policy = ACCOUNT_POLICY, everyMs = 0) {
  let state: ThrottleState | null = null;
  let now = 0;
  for (let i = 0; i < times; i++) {
    now = Math.max(now + (i ? everyMs : 0), state?.lockedUntil ? state.lockedUntil.getTime() - start.getTime() : 0);
    state = afterAttempt(state, later(now), policy);
  }
  return { state, now };
}

describe("account throttling", () => {
  it("allows five tries, then waits of 1, 2, 4 … seconds, never more than 60", () => {
    expect([1, 4, 5, 6, 7, 10, 11, 30].map((n) => waitAfter(n, ACCOUNT_POLICY))).toEqual([
      0, 0, 1000, 2000, 4000, 32_000, 60_000, 60_000,
    ]);
    const { state, now } = attempts(5);
    expect(waitFor(state, later(now))).toBe(1000);
    expect(waitFor(state, later(now + 1000))).toBe(0);
  });

  it("never locks: once the wait is over the next attempt may go ahead", () => {
    const { state, now } = attempts(40);
    expect(waitFor(state, later(now))).toBe(60_000);
    expect(waitFor(state, later(now + 60_000))).toBe(0);
  });

  it("a steady guesser stays at one guess a minute: the count is forgotten only after 15 quiet minutes", () => {
    const { state, now } = attempts(70, ACCOUNT_POLICY, 60_000);
    expect(state?.failures).toBe(70);
    expect(afterAttempt(state, later(now + 14 * 60_000), ACCOUNT_POLICY).failures).toBe(71);
    expect(afterAttempt(state, later(now + 16 * 60_000), ACCOUNT_POLICY)).toEqual({
      failures: 1,
      windowStart: later(now + 16 * 60_000),
      lockedUntil: null,
      updatedAt: later(now + 16 * 60_000),
    });
  });

  it("tells the user whole seconds, at least one", () => {
    expect([1, 999, 1000, 1001, 60_000].map(waitSeconds)).toEqual([1, 1, 1, 2, 60]);
  });
});

describe("address throttling", () => {
  it("lets a class of 30 mistype several times each from one school address", () => {
    // 30 students, 3 typos each within the same quarter hour: 90 failures, no wait.
    const { state, now } = attempts(90, ADDRESS_POLICY, 1000);
    expect(waitFor(state, later(now))).toBe(0);
    const over = attempts(100, ADDRESS_POLICY, 1000);
    expect(waitFor(over.state, later(over.now))).toBeGreaterThan(0);
  });

  it("starts a fresh quarter hour even while the school keeps signing in", () => {
    const { state, now } = attempts(60, ADDRESS_POLICY, 14_000);
    expect(state?.failures).toBe(60);
    expect(afterAttempt(state, later(now + 5 * 60_000), ADDRESS_POLICY).failures).toBe(1);
  });
});
