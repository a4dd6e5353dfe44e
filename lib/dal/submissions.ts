import "server-only";
import { prisma } from "@/lib/db";
import { userWithRoleOr404 } from "./session";

/** Whose submissions a teacher may see: students enrolled in a class they teach (an admin: all). */
function visibleTo(user: { id: string; role: string }) {
  return user.role === "ADMIN" ? {} : { user: { enrollments: { some: { class: { teacherId: user.id } } } } };
}

/** The newest submissions from the signed-in teacher's students. */
export async function getRecentSubmissions(limit = 20) {
  const user = await userWithRoleOr404(["TEACHER", "ADMIN"]);
  return prisma.submission.findMany({
    where: visibleTo(user),
    orderBy: { submittedAt: "desc" },
    take: limit,
    select: {
      id: true,
      lessonSlug: true,
      version: true,
      status: true,
      submittedAt: true,
      autoScore: true,
      autoMax: true,
      user: { select: { name: true, username: true } },
    },
  });
}

/** One submission with its answers, if the signed-in teacher teaches its student; else a 404. */
export async function getSubmissionForReview(id: string) {
  const user = await userWithRoleOr404(["TEACHER", "ADMIN"]);
  const submission = await prisma.submission.findFirst({
    where: { id, ...visibleTo(user) },
    select: {
      id: true,
      lessonSlug: true,
      version: true,
      status: true,
      submittedAt: true,
      autoScore: true,
      autoMax: true,
      answers: true,
      user: { select: { name: true, username: true } },
    },
  });
  if (!submission) return null;
  return { ...submission, answers: JSON.parse(submission.answers) as Record<string, unknown> };
}
