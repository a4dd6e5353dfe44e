import "server-only";
import { prisma } from "@/lib/db";
import { exercisesOfLesson, findExercise } from "@/lib/exercises/registry";
import { parseLevels, type RubricLevel } from "@/lib/rubrics/rubric";
import { userWithRoleOr404, verifySession } from "./session";

/** The signed-in teacher's own rubrics, by exercise id. */
export async function getMyRubrics(): Promise<Map<string, { levels: RubricLevel[]; updatedAt: Date }>> {
  const user = await userWithRoleOr404(["TEACHER", "ADMIN"]);
  const rows = await prisma.rubric.findMany({
    where: { teacherId: user.id },
    select: { exerciseId: true, levels: true, updatedAt: true },
  });
  const mine = new Map<string, { levels: RubricLevel[]; updatedAt: Date }>();
  for (const row of rows) {
    const levels = parseLevels(row.levels);
    if (levels) mine.set(row.exerciseId, { levels, updatedAt: row.updatedAt });
  }
  return mine;
}

/** The rubric each exercise is scored with by `teacherId`: their own, else the built-in one. */
async function rubricsOf(teacherId: string, exerciseIds: readonly string[]): Promise<Record<string, RubricLevel[]>> {
  const rows = await prisma.rubric.findMany({
    where: { teacherId, exerciseId: { in: [...exerciseIds] } },
    select: { exerciseId: true, levels: true },
  });
  const own = new Map(rows.map((r) => [r.exerciseId, parseLevels(r.levels)]));
  const result: Record<string, RubricLevel[]> = {};
  for (const id of exerciseIds) {
    const levels = own.get(id) ?? findExercise(id)?.rubric;
    if (levels) result[id] = levels;
  }
  return result;
}

/** The rubrics the signed-in teacher scores these exercises with. */
export async function getRubricsForReview(exerciseIds: readonly string[]) {
  const user = await userWithRoleOr404(["TEACHER", "ADMIN"]);
  return rubricsOf(user.id, exerciseIds);
}

/**
 * The rubrics the signed-in student is scored with on a lesson: those of the teacher whose
 * assignment their work goes to (`assignedBy`), else of their newest class's teacher; empty for
 * anyone else.
 */
export async function getMyLessonRubrics(
  lessonSlug: string,
  assignedBy: string | null,
): Promise<Record<string, RubricLevel[]>> {
  const user = await verifySession();
  if (!user || user.role !== "STUDENT") return {};
  const enrolled = assignedBy
    ? null
    : await prisma.enrollment.findFirst({
        where: { studentId: user.id },
        orderBy: { createdAt: "desc" },
        select: { class: { select: { teacherId: true } } },
      });
  const teacherId = assignedBy ?? enrolled?.class.teacherId;
  return teacherId
    ? rubricsOf(
        teacherId,
        exercisesOfLesson(lessonSlug).map((d) => d.id),
      )
    : {};
}
