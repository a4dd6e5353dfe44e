// How fast one key (an account, or a client address) may try passwords. Pure: the database layer
// (throttle.ts) stores the state; tests drive this directly.
//
// An account's attempt is counted *before* its password is tested, so parallel attempts cannot
// slip past the count; a success clears it (throttle.ts). After `freeAttempts` counted attempts,
// each further attempt must wait a growing interval after the previous one (1 s, 2 s, 4 s … up
// to `maxWait`). There is no lock-out: the right password after the wait signs in, so guessing
// at a student's 学号 can slow the student down but never keep them out.

export type ThrottleState = {
  /** Attempts counted in the current run: for an account, every one let through since the last success; for an address, wrong passwords. */
  failures: number;
  /** When the current run began. */
  windowStart: Date;
  /** The next attempt may not start before this. */
  lockedUntil: Date | null;
  /** When the last attempt was counted. */
  updatedAt: Date;
};

export type Policy = {
  freeAttempts: number;
  baseWait: number;
  maxWait: number;
  /** A run is forgotten this long after it began (`from: "start"`) or after its last attempt (`from: "last"`). */
  window: number;
  from: "start" | "last";
};

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/**
 * One account: 5 tries, then 1, 2, 4 … up to 60 s between tries. Forgotten only after 15 quiet
 * minutes, so a steady guesser stays at one guess a minute and never earns 5 fresh tries.
 */
export const ACCOUNT_POLICY: Policy = {
  freeAttempts: 5,
  baseWait: SECOND,
  maxWait: MINUTE,
  window: 15 * MINUTE,
  from: "last",
};

/**
 * One client address (behind a trusted proxy): far gentler, since a whole school signs in from
 * one address and typos add up. 100 wrong passwords in a quarter hour, then the same growing waits.
 */
export const ADDRESS_POLICY: Policy = {
  freeAttempts: 100,
  baseWait: SECOND,
  maxWait: MINUTE,
  window: 15 * MINUTE,
  from: "start",
};

/** Milliseconds the next attempt must still wait (0: it may go ahead). */
export function waitFor(state: ThrottleState | null, now: Date): number {
  if (!state?.lockedUntil) return 0;
  return Math.max(0, state.lockedUntil.getTime() - now.getTime());
}

function forgotten(state: ThrottleState, now: Date, policy: Policy): boolean {
  const since = policy.from === "start" ? state.windowStart : state.updatedAt;
  return now.getTime() - since.getTime() > policy.window;
}

/** The wait after the `count`-th counted attempt of a run. */
export function waitAfter(count: number, policy: Policy): number {
  const over = count - policy.freeAttempts;
  return over < 0 ? 0 : Math.min(policy.maxWait, policy.baseWait * 2 ** over);
}

/** The state after one more attempt is let through (call only when `waitFor` is 0). */
export function afterAttempt(state: ThrottleState | null, now: Date, policy: Policy): ThrottleState {
  const fresh = !state || forgotten(state, now, policy);
  const failures = fresh ? 1 : state.failures + 1;
  const wait = waitAfter(failures, policy);
  return {
    failures,
    windowStart: fresh ? now : state.windowStart,
    lockedUntil: wait > 0 ? new Date(now.getTime() + wait) : null,
    updatedAt: now,
  };
}

/** Whole seconds to tell the user, never 0 while there is something to wait for. */
export function waitSeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / SECOND));
}
