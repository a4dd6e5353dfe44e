import "server-only";
import { prisma } from "@/lib/db";
import { findExercise } from "@/lib/exercises/registry";
import { parseLevels, type RubricLevel } from "@/lib/rubrics/rubric";
import { userWithRoleOr404 } from "./session";

/** The signed-in teacher's own rubrics, by exercise id. */
export async function getMyRubrics(): Promise<Map<string, { levels: RubricLevel[]; updatedAt: Date }>> {
  const user = await userWithRoleOr404(["TEACHER", "ADMIN"]);
  const rows = await prisma.rubric.findMany({ where: { teacherId: user.id }, select: { exerciseId: true, levels: true, updatedAt: true } });
  const mine = new Map<string, { levels: RubricLevel[]; updatedAt: Date }>();
  for (const row of rows) {
    const levels = parseLevels(row.levels);
    if (levels) mine.set(row.exerciseId, { levels, updatedAt: row.updatedAt });
  }
  return mine;
}

/**
 * The rubric each exercise is scored with by `teacherId`: their own where they wrote one, else the
 * one that comes with the exercise. Exercises with neither are left out.
 */
export async function rubricsOf(teacherId: string, exerciseIds: readonly string[]): Promise<Record<string, RubricLevel[]>> {
  const rows = await prisma.rubric.findMany({ where: { teacherId, exerciseId: { in: [...exerciseIds] } }, select: { exerciseId: true, levels: true } });
  const own = new Map(rows.map((r) => [r.exerciseId, parseLevels(r.levels)]));
  const result: Record<string, RubricLevel[]> = {};
  for (const id of exerciseIds) {
    const levels = own.get(id) ?? findExercise(id)?.rubric;
    if (levels) result[id] = levels;
  }
  return result;
}

/** The teacher whose rubrics a student sees on a lesson: the one who assigned it to their class. */
export async function rubricTeacherFor(studentId: string, lessonSlug: string): Promise<string | null> {
  const enrollment = await prisma.enrollment.findFirst({
    where: { studentId },
    orderBy: [{ createdAt: "desc" }],
    select: { class: { select: { teacherId: true } } },
  });
  const assigned = await prisma.assignment.findFirst({
    where: { lessonSlug, class: { enrollments: { some: { studentId } } } },
    orderBy: { createdAt: "desc" },
    select: { class: { select: { teacherId: true } } },
  });
  return assigned?.class.teacherId ?? enrollment?.class.teacherId ?? null;
}
