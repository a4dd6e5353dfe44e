import "server-only";
import { prisma } from "@/lib/db";
import type { Role } from "@/lib/auth/roles";
import { userWithRoleOr404 } from "./session";

export const USER_LIST_LIMIT = 200;

/** Accounts for the admin's list, newest first; never the password hash. */
export async function listUsers(filter: { q?: string; role?: Role }) {
  await userWithRoleOr404(["ADMIN"]);
  const q = filter.q?.trim();
  const where = {
    ...(filter.role ? { role: filter.role } : {}),
    ...(q ? { OR: [{ username: { contains: q.toLowerCase() } }, { name: { contains: q } }] } : {}),
  };
  const [users, total] = await Promise.all([
    prisma.user.findMany({
      where,
      orderBy: [{ role: "asc" }, { username: "asc" }],
      take: USER_LIST_LIMIT,
      select: {
        id: true,
        username: true,
        name: true,
        email: true,
        role: true,
        disabled: true,
        mustChangePassword: true,
        createdAt: true,
      },
    }),
    prisma.user.count({ where }),
  ]);
  return { users, total };
}
