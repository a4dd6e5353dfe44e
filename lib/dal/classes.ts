import "server-only";
import { prisma } from "@/lib/db";
import { taughtClasses } from "@/lib/access/scopes";
import { userWithRoleOr404 } from "./session";

/** Classes the signed-in teacher teaches (an admin sees every class), with their rosters. */
export async function getTaughtClasses() {
  const user = await userWithRoleOr404(["TEACHER", "ADMIN"]);
  return prisma.class.findMany({
    where: taughtClasses(user),
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      name: true,
      term: true,
      joinCode: true,
      teacher: { select: { name: true } },
      assignments: {
        orderBy: { dueAt: "desc" },
        select: { id: true, lessonSlug: true, dueAt: true, cutoffAt: true, _count: { select: { submissions: true } } },
      },
      enrollments: {
        orderBy: { student: { username: "asc" } },
        select: { student: { select: { id: true, username: true, name: true } } },
      },
    },
  });
}

/** Classes the signed-in student belongs to. */
export async function getMyClasses() {
  const user = await userWithRoleOr404(["STUDENT"]);
  const enrollments = await prisma.enrollment.findMany({
    where: { studentId: user.id },
    orderBy: { createdAt: "asc" },
    select: {
      class: { select: { id: true, name: true, term: true, teacher: { select: { name: true } } } },
    },
  });
  return enrollments.map((e) => e.class);
}

/** A class the signed-in teacher teaches (an admin: any), or null. */
export async function getOwnClass(classId: string) {
  const user = await userWithRoleOr404(["TEACHER", "ADMIN"]);
  return prisma.class.findFirst({
    where: { id: classId, ...taughtClasses(user) },
    select: {
      id: true,
      name: true,
      term: true,
      joinCode: true,
      _count: { select: { enrollments: true } },
      enrollments: {
        orderBy: { student: { username: "asc" } },
        select: { student: { select: { id: true, username: true, name: true } } },
      },
    },
  });
}

/** A class's roster and groups, for the signed-in teacher's grouping page. */
export async function getClassGroups(classId: string) {
  const user = await userWithRoleOr404(["TEACHER", "ADMIN"]);
  return prisma.class.findFirst({
    where: { id: classId, ...taughtClasses(user) },
    select: {
      id: true,
      name: true,
      enrollments: {
        orderBy: { student: { username: "asc" } },
        select: { student: { select: { id: true, name: true, username: true } } },
      },
      groups: {
        orderBy: { createdAt: "asc" },
        select: { id: true, name: true, members: { select: { student: { select: { id: true, name: true } } } } },
      },
    },
  });
}
