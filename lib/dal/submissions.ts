import "server-only";
import { prisma } from "@/lib/db";
import { reviewableSubmissions } from "@/lib/access/scopes";
import { userWithRoleOr404 } from "./session";

/** What every list and page shows of a submission. */
const submissionHeader = {
  id: true,
  lessonSlug: true,
  version: true,
  status: true,
  submittedAt: true,
  autoScore: true,
  autoMax: true,
  user: { select: { name: true, username: true } },
} as const;

/** The newest submissions from the signed-in teacher's students. */
export async function getRecentSubmissions(limit = 20) {
  const user = await userWithRoleOr404(["TEACHER", "ADMIN"]);
  return prisma.submission.findMany({
    where: reviewableSubmissions(user),
    orderBy: { submittedAt: "desc" },
    take: limit,
    select: submissionHeader,
  });
}

/**
 * One submission with its answers, if it was handed in to the signed-in teacher's assignment; else null.
 * `queue: "ungraded"` makes the previous / next links skip students whose latest work is already graded
 * or returned (the 只看未批改 queue).
 */
export async function getSubmissionForReview(id: string, queue: ReviewQueue = "all") {
  const user = await userWithRoleOr404(["TEACHER", "ADMIN"]);
  const submission = await prisma.submission.findFirst({
    where: { id, ...reviewableSubmissions(user) },
    select: {
      ...submissionHeader,
      answers: true,
      late: true,
      score: true,
      comment: true,
      assignmentId: true,
      userId: true,
      reviews: { select: { exerciseId: true, score: true, comment: true, cells: true, rubricLevel: true } },
    },
  });
  if (!submission) return null;
  const previous =
    submission.version > 1
      ? await prisma.submission.findFirst({
          // The version before, to the same assignment (versions to another class's assignment are not this teacher's).
          where: {
            userId: submission.userId,
            lessonSlug: submission.lessonSlug,
            version: { lt: submission.version },
            assignmentId: submission.assignmentId,
            ...reviewableSubmissions(user),
          },
          orderBy: { version: "desc" },
          select: {
            answers: true,
            reviews: { select: { exerciseId: true, score: true, comment: true, cells: true, rubricLevel: true } },
          },
        })
      : null;
  const order = submission.assignmentId ? await reviewOrder(submission.assignmentId) : [];
  const neighbours = order
    .filter((s) => queue === "all" || s.status === "SUBMITTED" || s.id === submission.id)
    .map((s) => s.id);
  const ungraded = order.filter((s) => s.status === "SUBMITTED").length;
  const at = neighbours.indexOf(submission.id);
  return {
    ...submission,
    answers: JSON.parse(submission.answers) as Record<string, unknown>,
    previousAnswers: previous ? (JSON.parse(previous.answers) as Record<string, unknown>) : null,
    /** The review of the previous version, carried into this one until the teacher saves it. */
    previousReviews: previous?.reviews ?? [],
    prevId: at > 0 ? (neighbours[at - 1] ?? null) : null,
    nextId: at >= 0 && at < neighbours.length - 1 ? (neighbours[at + 1] ?? null) : null,
    /** Students of the assignment whose latest work waits for a review. */
    ungraded,
  };
}

export type ReviewQueue = "all" | "ungraded";

/** The latest submission of each student of an assignment, in 学号 order: the review queue. */
async function reviewOrder(assignmentId: string) {
  const rows = await prisma.submission.findMany({
    where: { assignmentId },
    orderBy: [{ user: { username: "asc" } }, { version: "desc" }],
    select: { id: true, userId: true, status: true },
  });
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.userId) && seen.add(r.userId));
}
