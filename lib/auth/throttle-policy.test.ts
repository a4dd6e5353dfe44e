import { describe, expect, it } from "vitest";
import { ACCOUNT_POLICY, ADDRESS_POLICY, afterFailure, lockedFor, type ThrottleState } from "./throttle-policy";

const start = new Date("2026-11-23T08:00:00Z");
const later = (ms: number) => new Date(start.getTime() + ms);

function fail(times: number, policy = ACCOUNT_POLICY, everyMs = 1000) {
  let state: ThrottleState | null = null;
  for (let i = 0; i < times; i++) state = afterFailure(state, later(i * everyMs), policy);
  return state;
}

describe("account throttling", () => {
  it("allows five wrong passwords, then locks for growing periods", () => {
    expect(lockedFor(fail(5), later(5000))).toBe(0);
    expect(lockedFor(fail(6), later(5000))).toBe(60_000);
    expect(lockedFor(fail(7), later(6000))).toBe(120_000);
    expect(lockedFor(fail(20), later(19_000))).toBe(15 * 60_000);
  });

  it("twenty wrong passwords in a row are locked out, not tried", () => {
    const state = fail(20, ACCOUNT_POLICY, 100);
    expect(lockedFor(state, later(2000))).toBeGreaterThan(0);
  });

  it("forgets failures after the window", () => {
    const state = fail(5);
    expect(afterFailure(state, later(16 * 60_000), ACCOUNT_POLICY)).toEqual({ failures: 1, windowStart: later(16 * 60_000), lockedUntil: null });
  });
});

describe("address throttling", () => {
  it("lets a class of 30 mistype several times each from one school address", () => {
    // 30 students, 3 typos each within the same quarter hour: 90 failures, no lock.
    expect(lockedFor(fail(90, ADDRESS_POLICY), later(90_000))).toBe(0);
    expect(lockedFor(fail(101, ADDRESS_POLICY), later(101_000))).toBeGreaterThan(0);
  });
});
