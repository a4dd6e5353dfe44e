// How many failed sign-ins a key may have before it is locked, and for how long. Pure: the
// database layer (throttle.ts) stores the state; tests drive this directly.

export type ThrottleState = { failures: number; windowStart: Date; lockedUntil: Date | null };

export type Policy = { window: number; freeFailures: number; baseLock: number; maxLock: number };

const MINUTE = 60_000;

/** One account: 5 free tries in 15 minutes, then 1, 2, 4 … up to 15 minutes locked per failure. */
export const ACCOUNT_POLICY: Policy = { window: 15 * MINUTE, freeFailures: 5, baseLock: MINUTE, maxLock: 15 * MINUTE };

/**
 * One client address: far gentler, since a whole class signs in from one school address and
 * typos add up. 100 failures in 15 minutes lock that address for 5 minutes.
 */
export const ADDRESS_POLICY: Policy = { window: 15 * MINUTE, freeFailures: 100, baseLock: 5 * MINUTE, maxLock: 15 * MINUTE };

export function lockedFor(state: ThrottleState | null, now: Date): number {
  if (!state?.lockedUntil) return 0;
  return Math.max(0, state.lockedUntil.getTime() - now.getTime());
}

/** The state after one more failure. */
export function afterFailure(state: ThrottleState | null, now: Date, policy: Policy): ThrottleState {
  const fresh = !state || now.getTime() - state.windowStart.getTime() > policy.window;
  const failures = fresh ? 1 : state.failures + 1;
  const windowStart = fresh ? now : state.windowStart;
  const over = failures - policy.freeFailures;
  const lockedUntil = over > 0 ? new Date(now.getTime() + Math.min(policy.maxLock, policy.baseLock * 2 ** (over - 1))) : null;
  return { failures, windowStart, lockedUntil };
}
