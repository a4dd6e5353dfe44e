// Who may enter which part of the site, and where each role lands. Pure: used by the
// data-access layer on the server and by the navigation on the client.

export const ROLES = ["ADMIN", "TEACHER", "STUDENT"] as const;
export type Role = (typeof ROLES)[number];

export type Area = "student" | "teacher" | "admin";

const AREA_ROLES: Record<Area, readonly Role[]> = {
  student: ["STUDENT"],
  teacher: ["TEACHER", "ADMIN"],
  admin: ["ADMIN"],
};

export function rolesFor(area: Area): readonly Role[] {
  return AREA_ROLES[area];
}

export function canEnter(role: Role | null | undefined, area: Area): boolean {
  return role != null && AREA_ROLES[area].includes(role);
}

const HOME: Record<Role, string> = { ADMIN: "/admin", TEACHER: "/teacher", STUDENT: "/student" };

export function homeFor(role: Role): string {
  return HOME[role];
}

export const ROLE_LABELS: Record<Role, string> = { ADMIN: "管理员", TEACHER: "教师", STUDENT: "学生" };

export type NavItem = { href: string; label: string };

export function navFor(role: Role | null | undefined): NavItem[] {
  const items: NavItem[] = [{ href: "/lessons", label: "课程" }];
  if (role !== "STUDENT") items.push({ href: "/plans", label: "教案" });
  if (role === "STUDENT") items.push({ href: "/student", label: "我的作业" });
  if (canEnter(role, "teacher")) items.push({ href: "/teacher", label: "教学管理" });
  if (canEnter(role, "admin")) items.push({ href: "/admin", label: "系统管理" });
  return items;
}

function areaOf(pathname: string): Area | null {
  const first = pathname.split(/[/?#]/)[1];
  return first === "student" || first === "teacher" || first === "admin" ? first : null;
}

/**
 * Where to go after signing in: the requested page if it is a local path this role may open,
 * else the role's home. Refuses absolute and protocol-relative URLs (no open redirect).
 */
export function landingPath(role: Role, callbackUrl: string | null | undefined): string {
  if (!callbackUrl) return homeFor(role);
  let path = callbackUrl;
  try {
    // next-auth hands back absolute URLs of this site; keep only the path part.
    const parsed = new URL(callbackUrl, "http://local.invalid");
    if (parsed.origin !== "http://local.invalid" && !/^https?:\/\//.test(callbackUrl)) return homeFor(role);
    path = parsed.pathname + parsed.search + parsed.hash;
  } catch {
    return homeFor(role);
  }
  if (!path.startsWith("/") || path.startsWith("//") || path.includes("\\")) return homeFor(role);
  if (path === "/" || path.startsWith("/login") || path.startsWith("/change-password")) return homeFor(role);
  const area = areaOf(path);
  if (area && !canEnter(role, area)) return homeFor(role);
  return path;
}
