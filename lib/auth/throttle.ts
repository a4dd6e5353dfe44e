import "server-only";
import { prisma } from "@/lib/db";
import { ACCOUNT_POLICY, ADDRESS_POLICY, afterFailure, lockedFor, type Policy } from "./throttle-policy";

// Sign-in throttling kept in the database (shared by every app instance). Keys: the account name
// as typed (so unknown names are throttled too, revealing nothing) and, behind a trusted reverse
// proxy, the client address from X-Forwarded-For.

type Headers = Record<string, string | string[] | undefined> | undefined;

/** The client address, only when TRUST_PROXY=1 says a reverse proxy sets X-Forwarded-For. */
export function clientAddress(headers: Headers): string | null {
  if (process.env.TRUST_PROXY !== "1") return null;
  const raw = headers?.["x-forwarded-for"];
  const first = (Array.isArray(raw) ? raw[0] : raw)?.split(",")[0]?.trim();
  return first || null;
}

function keys(login: string, address: string | null): [string, Policy][] {
  return [[`account:${login}`, ACCOUNT_POLICY], ...(address ? [[`address:${address}`, ADDRESS_POLICY] as [string, Policy]] : [])];
}

export async function isThrottled(login: string, address: string | null): Promise<boolean> {
  const now = new Date();
  const rows = await prisma.loginThrottle.findMany({ where: { key: { in: keys(login, address).map(([k]) => k) } } });
  return rows.some((row) => lockedFor(row, now) > 0);
}

export async function recordFailure(login: string, address: string | null): Promise<void> {
  const now = new Date();
  for (const [key, policy] of keys(login, address)) {
    const current = await prisma.loginThrottle.findUnique({ where: { key } });
    const next = afterFailure(current, now, policy);
    await prisma.loginThrottle.upsert({ where: { key }, update: next, create: { key, ...next } });
  }
}

export async function recordSuccess(login: string): Promise<void> {
  await prisma.loginThrottle.deleteMany({ where: { key: `account:${login}` } });
}
