import "server-only";
import { taughtStudents } from "@/lib/access/scopes";
import { accountKey } from "@/lib/auth/throttle";
import { ACCOUNT_POLICY } from "@/lib/auth/throttle-policy";
import { prisma } from "@/lib/db";
import { userWithRoleOr404 } from "./session";

/**
 * Of these accounts, the ones the signed-in teacher (or admin) may help that are being slowed
 * down after wrong passwords right now, with how many were typed: id → failures.
 */
export async function getSignInWaits(userIds: readonly string[]): Promise<Map<string, number>> {
  const user = await userWithRoleOr404(["TEACHER", "ADMIN"]);
  if (userIds.length === 0) return new Map();
  const mine = await prisma.user.findMany({
    where: { id: { in: [...userIds] }, ...taughtStudents(user) },
    select: { id: true },
  });
  const keys = new Map(mine.map((u) => [accountKey(u.id), u.id]));
  const recent = new Date(Date.now() - ACCOUNT_POLICY.window);
  const rows = await prisma.loginThrottle.findMany({
    where: {
      key: { in: [...keys.keys()] },
      failures: { gte: ACCOUNT_POLICY.freeAttempts },
      updatedAt: { gte: recent },
    },
    select: { key: true, failures: true },
  });
  return new Map(rows.map((r) => [keys.get(r.key)!, r.failures]));
}
