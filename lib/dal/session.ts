import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { authOptions } from "@/lib/auth/options";
import { rolesFor, type Area, type Role } from "@/lib/auth/roles";

export type SessionUser = { id: string; name: string; role: Role; mustChangePassword: boolean };

/** The signed-in user for this request, checked against the database once per request. */
export const verifySession = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const user = session?.user;
  if (!user?.id) return null;
  return { id: user.id, name: user.name, role: user.role, mustChangePassword: user.mustChangePassword };
});

/**
 * For pages: the user if they may open `area`; otherwise a redirect to sign in (anonymous),
 * to the password change (first login), or a 404 (wrong role — the page's existence is not confirmed).
 */
export async function requireArea(area: Area, currentPath: string): Promise<SessionUser> {
  const user = await verifySession();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(currentPath)}`);
  if (user.mustChangePassword) redirect("/change-password");
  if (!rolesFor(area).includes(user.role)) notFound();
  return user;
}

/** For data functions and actions: the user if their role is allowed, else null (never throws a redirect). */
export async function sessionWithRole(roles: readonly Role[]): Promise<SessionUser | null> {
  const user = await verifySession();
  if (!user || user.mustChangePassword || !roles.includes(user.role)) return null;
  return user;
}

/** For data functions: the user if their role is allowed, else a 404 — never the data. */
export async function userWithRoleOr404(roles: readonly Role[]): Promise<SessionUser> {
  const user = await sessionWithRole(roles);
  if (!user) notFound();
  return user;
}
