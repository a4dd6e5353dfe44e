import "server-only";
import { prisma } from "@/lib/db";
import { exercisesOfLesson } from "@/lib/exercises/registry";
import { partScores, totalScore } from "@/lib/grades/total";
import { assignmentStatus } from "@/lib/work/assignment-status";
import { taughtAssignments } from "@/lib/access/scopes";
import { userWithRoleOr404 } from "./session";

/** The signed-in student's assignments, newest first, with where they stand on each. */
export async function getMyAssignments() {
  const user = await userWithRoleOr404(["STUDENT"]);
  const assignments = await prisma.assignment.findMany({
    where: { class: { enrollments: { some: { studentId: user.id } } } },
    orderBy: { dueAt: "asc" },
    select: {
      id: true,
      lessonSlug: true,
      openAt: true,
      dueAt: true,
      cutoffAt: true,
      class: { select: { name: true } },
      extensions: { where: { studentId: user.id }, select: { dueAt: true, cutoffAt: true } },
    },
  });
  const slugs = [...new Set(assignments.map((a) => a.lessonSlug))];
  const [answers, submissions] = await Promise.all([
    prisma.answer.groupBy({ by: ["lessonSlug"], where: { userId: user.id, lessonSlug: { in: slugs } }, _count: true }),
    prisma.submission.findMany({
      where: { userId: user.id, lessonSlug: { in: slugs } },
      orderBy: { version: "desc" },
      select: { lessonSlug: true, assignmentId: true, status: true, score: true, late: true },
    }),
  ]);
  return assignments.map((a) => {
    const latest = submissions.find(
      (s) => s.lessonSlug === a.lessonSlug && (s.assignmentId === a.id || s.assignmentId === null),
    );
    const hasAnswers = answers.some((x) => x.lessonSlug === a.lessonSlug);
    const {
      extensions: [own],
      ...assignment
    } = a;
    // The student's own extension (延期) is the deadline they see.
    const window = own ? { dueAt: own.dueAt, cutoffAt: own.cutoffAt, extended: true } : { extended: false };
    return {
      ...assignment,
      ...window,
      status: assignmentStatus(hasAnswers, latest?.status),
      score: latest?.score ?? null,
      late: latest?.late ?? false,
    };
  });
}

/** One assignment of a class the signed-in teacher teaches: every student and their latest submission. */
export async function getAssignmentOverview(id: string) {
  const user = await userWithRoleOr404(["TEACHER", "ADMIN"]);
  const assignment = await prisma.assignment.findFirst({
    where: { id, ...taughtAssignments(user) },
    select: {
      id: true,
      lessonSlug: true,
      openAt: true,
      dueAt: true,
      cutoffAt: true,
      checkMode: true,
      extensions: { select: { studentId: true, dueAt: true, cutoffAt: true } },
      class: {
        select: {
          name: true,
          enrollments: {
            orderBy: { student: { username: "asc" } },
            select: { student: { select: { id: true, name: true, username: true } } },
          },
        },
      },
    },
  });
  if (!assignment) return null;
  const studentIds = assignment.class.enrollments.map((e) => e.student.id);
  const [answers, submissions] = await Promise.all([
    prisma.answer.groupBy({
      by: ["userId"],
      where: { lessonSlug: assignment.lessonSlug, userId: { in: studentIds } },
      _count: true,
    }),
    prisma.submission.findMany({
      // Work handed in to this assignment (or where the lesson was not assigned yet), never to another class's.
      where: {
        lessonSlug: assignment.lessonSlug,
        userId: { in: studentIds },
        OR: [{ assignmentId: assignment.id }, { assignmentId: null }],
      },
      orderBy: { version: "desc" },
      select: {
        id: true,
        userId: true,
        version: true,
        status: true,
        late: true,
        score: true,
        autoScore: true,
        submittedAt: true,
        answers: true,
        reviews: { select: { exerciseId: true, score: true } },
      },
    }),
  ]);
  const defs = exercisesOfLesson(assignment.lessonSlug);
  const rows = assignment.class.enrollments.map(({ student }) => {
    const submission = submissions.find((s) => s.userId === student.id) ?? null;
    const hasAnswers = answers.some((a) => a.userId === student.id);
    // Parts and total from the one grading function: auto-graded parts count at once.
    const parts = submission
      ? partScores(defs, JSON.parse(submission.answers) as Record<string, unknown>, submission.reviews)
      : null;
    const latest = submission && {
      ...submission,
      answers: undefined,
      parts: parts ?? {},
      total: parts ? totalScore(parts) : null,
    };
    return { student, latest, status: assignmentStatus(hasAnswers, submission?.status) };
  });
  return { ...assignment, rows };
}

/** Every student's latest submitted answers for one assignment of the signed-in teacher's class. */
export async function getAssignmentAnswers(id: string) {
  const overview = await getAssignmentOverview(id);
  if (!overview) return null;
  const ids = overview.rows.flatMap((r) => (r.latest ? [r.latest.id] : []));
  const submissions = await prisma.submission.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      answers: true,
      user: { select: { name: true, username: true } },
      reviews: { select: { exerciseId: true, score: true, comment: true } },
    },
  });
  return {
    overview,
    submissions: submissions.map((s) => ({ ...s, answers: JSON.parse(s.answers) as Record<string, unknown> })),
  };
}
