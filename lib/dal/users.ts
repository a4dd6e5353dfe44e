import "server-only";
import { prisma } from "@/lib/db";
import type { Role } from "@/lib/auth/roles";
import { userWithRoleOr404 } from "./session";

export const USER_LIST_LIMIT = 200;

const USER_FIELDS = {
  id: true,
  username: true,
  name: true,
  email: true,
  role: true,
  disabled: true,
  mustChangePassword: true,
  createdAt: true,
} as const;

/** `text` as a LIKE pattern that matches it anywhere, with % _ and the escape character itself taken literally. */
function containsPattern(text: string): string {
  return `%${text.replace(/[!%_]/g, "!$&")}%`;
}

/**
 * Accounts for the admin's list, by role and then username; never the password hash.
 *
 * The search runs as its own LIKE … ESCAPE query: Prisma's `contains` hands % and _ to LIKE as
 * wildcards (and SQLite has no default escape character), so a search for "%" listed everyone.
 * Case works as before: SQLite's LIKE ignores the case of ASCII letters, PostgreSQL's does not.
 */
export async function listUsers(filter: { q?: string; role?: Role }) {
  await userWithRoleOr404(["ADMIN"]);
  // PostgreSQL refuses a NUL in text, and no account has one.
  const q = filter.q?.replace(/\0/g, "").trim();
  if (!q) {
    const where = filter.role ? { role: filter.role } : {};
    const [users, total] = await Promise.all([
      prisma.user.findMany({
        where,
        orderBy: [{ role: "asc" }, { username: "asc" }],
        take: USER_LIST_LIMIT,
        select: USER_FIELDS,
      }),
      prisma.user.count({ where }),
    ]);
    return { users, total };
  }

  const username = containsPattern(q.toLowerCase());
  const name = containsPattern(q);
  const role = filter.role ?? null;
  // The same tables, columns and order on SQLite and PostgreSQL (the role sorts as Prisma sorts it on each).
  const [matches, counted] = await Promise.all([
    prisma.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "User"
      WHERE ("username" LIKE ${username} ESCAPE '!' OR "name" LIKE ${name} ESCAPE '!')
        AND (CAST(${role} AS TEXT) IS NULL OR CAST("role" AS TEXT) = ${role})
      ORDER BY "role" ASC, "username" ASC
      LIMIT ${USER_LIST_LIMIT}`,
    prisma.$queryRaw<{ total: bigint | number }[]>`
      SELECT COUNT(*) AS "total" FROM "User"
      WHERE ("username" LIKE ${username} ESCAPE '!' OR "name" LIKE ${name} ESCAPE '!')
        AND (CAST(${role} AS TEXT) IS NULL OR CAST("role" AS TEXT) = ${role})`,
  ]);
  const ids = matches.map((m) => m.id);
  const found = await prisma.user.findMany({ where: { id: { in: ids } }, select: USER_FIELDS });
  const byId = new Map(found.map((u) => [u.id, u]));
  const users = ids.flatMap((id) => byId.get(id) ?? []);
  return { users, total: Number(counted[0]?.total ?? 0) };
}
