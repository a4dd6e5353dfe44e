import "server-only";
import { prisma } from "@/lib/db";
import { BUSY_TIMEOUT_MS } from "@/lib/db-client";
import { ACCOUNT_POLICY, ADDRESS_POLICY, afterAttempt, waitFor, type Policy } from "./throttle-policy";

// Password throttling kept in the database (shared by every app instance). Keys: the account
// (`user:<id>`, whichever of 学号, 工号 or e-mail was typed), a name no account has (`login:<name>`,
// throttled exactly like an account, so the answers reveal nothing) and, behind a trusted reverse
// proxy, the client address from X-Forwarded-For. Used by sign-in and by the password change.

type Headers = Record<string, string | string[] | undefined> | undefined;

/** The client address, only when TRUST_PROXY=1 says a reverse proxy sets X-Forwarded-For. */
export function clientAddress(headers: Headers): string | null {
  if (process.env.TRUST_PROXY !== "1") return null;
  const raw = headers?.["x-forwarded-for"];
  const first = (Array.isArray(raw) ? raw[0] : raw)?.split(",")[0]?.trim();
  return first || null;
}

/** The throttle key of an account, whichever name it was signed in with. */
export function accountKey(userId: string): string {
  return `user:${userId}`;
}

/** The throttle key of a name that belongs to no account. */
export function unknownNameKey(login: string): string {
  return `login:${login}`;
}

function addressKey(address: string): string {
  return `address:${address}`;
}

/** An attempt let through (its password may be tested now) or refused for `waitMs` more. */
export type Attempt = { allowed: true; key: string; address: string | null } | { allowed: false; waitMs: number };

/** A parallel first attempt created the key's row first: start over (now locking that row). */
class Contended extends Error {}

/** The attempt must wait: the transaction is rolled back, so a refusal writes nothing. */
class MustWait extends Error {
  constructor(readonly waitMs: number) {
    super("must wait");
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

const ROUNDS = 5;

/**
 * One more attempt on `key`, read and written under the row's lock (PostgreSQL row lock, SQLite
 * write lock), so parallel attempts are counted one after another and none is lost. Throws
 * MustWait (writing nothing) when `refuseDuringWait` and the key must still wait.
 */
async function count(key: string, policy: Policy, refuseDuringWait: boolean): Promise<void> {
  for (let round = 0; round < ROUNDS; round++) {
    const now = new Date();
    try {
      await prisma.$transaction(
        async (tx) => {
          // A write first: it takes the lock and returns the row as the last attempt left it.
          const [current = null] = await tx.loginThrottle.updateManyAndReturn({
            where: { key },
            data: { failures: { increment: 0 } },
          });
          const waitMs = waitFor(current, now);
          if (refuseDuringWait && waitMs > 0) throw new MustWait(waitMs);
          const next = afterAttempt(current, now, policy);
          if (current) {
            await tx.loginThrottle.update({ where: { key }, data: next });
          } else {
            await tx.loginThrottle.create({ data: { key, ...next } }).catch((error: unknown) => {
              throw isUniqueViolation(error) ? new Contended() : error;
            });
          }
        },
        { maxWait: BUSY_TIMEOUT_MS, timeout: BUSY_TIMEOUT_MS },
      );
      return;
    } catch (error) {
      if (!(error instanceof Contended)) throw error;
    }
  }
  throw new Error("sign-in throttle: the row kept changing under this attempt");
}

/**
 * Counts one password attempt on the account (or unknown name) *before* the password is tested,
 * atomically: of 40 attempts sent at once, only the first 5 are counted and tested; the others
 * are refused without a password test, and are not counted. The client address is the second
 * line: an address that must wait is refused here too, and its failures are counted afterwards
 * (recordFailure), so a whole school signing in correctly from one address costs it nothing.
 */
export async function countAttempt(key: string, address: string | null): Promise<Attempt> {
  if (address) {
    const row = await prisma.loginThrottle.findUnique({ where: { key: addressKey(address) } });
    const waitMs = waitFor(row, new Date());
    if (waitMs > 0) return { allowed: false, waitMs };
  }
  try {
    await count(key, ACCOUNT_POLICY, true);
  } catch (error) {
    if (error instanceof MustWait) return { allowed: false, waitMs: error.waitMs };
    throw error;
  }
  return { allowed: true, key, address };
}

/** The password was wrong: the account's attempt is already counted; the address's is now. */
export async function recordFailure(attempt: Attempt & { allowed: true }): Promise<void> {
  if (attempt.address) await count(addressKey(attempt.address), ADDRESS_POLICY, false);
}

/** The password was right: the account starts afresh. */
export async function recordSuccess(attempt: Attempt & { allowed: true }): Promise<void> {
  await prisma.loginThrottle.deleteMany({ where: { key: attempt.key } });
}

/** Lets an account try again at once (a teacher or the admin vouches for the student). */
export async function clearSignInThrottle(userId: string): Promise<void> {
  await prisma.loginThrottle.deleteMany({ where: { key: accountKey(userId) } });
}
