import "server-only";
import { jsonError } from "@/lib/http";

// How often one signed-in user may write work (autosave, submit, 检查答案): a token bucket per
// user id, in this process's memory. One student flooding saves must not slow everyone else down;
// a student working normally must never meet the limit.
//
// The numbers. The worksheet sends at most one save per exercise at a time, 0.7 s after the last
// keystroke: typing without a pause is about 1.4 saves a second, whichever exercise it goes into.
// Coming back online, or the retry every 5 s, sends every unsaved exercise of a tab at once (a
// lesson has a handful; two or three tabs triple it), and 检查答案 and 提交 are single presses.
// So: a burst of 30 requests, refilled at 5 a second (300 a minute) — several times a student's
// real pace even with retries and tabs; a flood of 85 saves a second is cut to 5, each refusal
// costing only the session check. Retry-After says when the next token is back (1 s at 5/s).
//
// Per process: with several app instances a user gets this much on each. Keys are user ids from a
// verified session, so their number is bounded by the accounts in use; idle buckets are dropped
// anyway (a bucket idle long enough to be full again is the same as no bucket), and a hard cap
// drops the longest-idle ones first, so the map cannot grow without limit.

export type Limits = {
  /** Requests allowed at once (the bucket's size). */
  burst: number;
  /** Tokens added back per second. */
  perSecond: number;
  /** Most keys kept; past it the longest-idle buckets are dropped. */
  maxKeys: number;
};

export const WORK_WRITES: Limits = { burst: 30, perSecond: 5, maxKeys: 20_000 };

type Bucket = { tokens: number; at: number };

export class TokenBuckets {
  // Kept in order of last use (touched keys move to the end), so idle ones are at the front.
  private buckets = new Map<string, Bucket>();
  private readonly fullAfterMs: number;

  constructor(
    readonly limits: Limits,
    /** Milliseconds; replaceable so tests can drive time. */
    public now: () => number = () => performance.now(),
  ) {
    this.fullAfterMs = (limits.burst / limits.perSecond) * 1000;
  }

  /** Takes a token for `key`: 0 when the request may go ahead, else whole seconds until one is back (≥ 1). */
  take(key: string): number {
    const now = this.now();
    this.sweep(now);
    const bucket = this.buckets.get(key);
    const tokens = bucket
      ? Math.min(this.limits.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.limits.perSecond)
      : this.limits.burst;
    this.buckets.delete(key);
    if (tokens >= 1) {
      this.buckets.set(key, { tokens: tokens - 1, at: now });
      return 0;
    }
    // A refusal costs nothing: waiting the Retry-After is enough to be let in.
    this.buckets.set(key, { tokens, at: now });
    return Math.max(1, Math.ceil((1 - tokens) / this.limits.perSecond));
  }

  get size() {
    return this.buckets.size;
  }

  clear() {
    this.buckets.clear();
  }

  private sweep(now: number) {
    for (const [key, bucket] of this.buckets) {
      if (now - bucket.at < this.fullAfterMs && this.buckets.size < this.limits.maxKeys) break;
      this.buckets.delete(key);
    }
  }
}

/** One per process, shared by the work write routes. */
export const workWrites = new TokenBuckets(WORK_WRITES);

export const tooManyRequests = (seconds: number) => `操作太频繁，请 ${seconds} 秒后再试。答案仍保存在本机。`;

/** A 429 for a user who has used up their burst (with Retry-After in seconds), else null. */
export function throttleWorkWrite(userId: string): Response | null {
  return refusal(workWrites.take(`user:${userId}`));
}

/** The session cookie as sent, not yet verified (next-auth's name, with or without __Secure-). */
function presentedSession(request: Request): string | null {
  const cookie = request.headers.get("cookie") ?? "";
  return /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token=([^;]{1,4096})/.exec(cookie)?.[1] ?? null;
}

/** 429s being held back, per key and in all; past the caps a 429 is answered at once. */
const held = new Map<string, number>();
let heldTotal = 0;
/** How long a refusal is held back; tests that drive a virtual clock set it to 0. */
export const refusalHold = { ms: 1000 };
const HOLD_PER_KEY = 32;
const HOLD_TOTAL = 2000;

/**
 * A refusal is answered after a second rather than at once: a script that waits for each reply
 * (as a flood of save loops does) is slowed to a few requests a second instead of keeping the
 * server busy answering 429s. Bounded per key and in all, so holding costs no more than it saves.
 */
async function heldBack(key: string, response: Response): Promise<Response> {
  const mine = held.get(key) ?? 0;
  if (refusalHold.ms === 0 || mine >= HOLD_PER_KEY || heldTotal >= HOLD_TOTAL) return response;
  held.set(key, mine + 1);
  heldTotal++;
  try {
    await new Promise((resolve) => setTimeout(resolve, refusalHold.ms));
    return response;
  } finally {
    heldTotal--;
    const left = (held.get(key) ?? 1) - 1;
    if (left > 0) held.set(key, left);
    else held.delete(key);
  }
}

/**
 * The cheap first check of a work write, before the session is verified: one session cookie
 * flooding the server is refused without decrypting it or reading the database. (A cookie that
 * turns out not to be valid gets its 401 after this; the user's own limit follows the session check.)
 */
export async function throttleBySessionCookie(request: Request): Promise<Response | null> {
  const token = presentedSession(request);
  if (!token) return null;
  const key = `cookie:${token.length}:${token.slice(-48)}`;
  const refused = refusal(workWrites.take(key));
  return refused && heldBack(key, refused);
}

/** The user's own limit, after the session check (several devices share it); a refusal is held back. */
export async function throttleWorkUser(userId: string): Promise<Response | null> {
  const refused = throttleWorkWrite(userId);
  return refused && heldBack(`user:${userId}`, refused);
}

function refusal(wait: number): Response | null {
  if (wait === 0) return null;
  const response = jsonError(429, tooManyRequests(wait), { retryable: true, retryAfter: wait });
  response.headers.set("Retry-After", String(wait));
  return response;
}
