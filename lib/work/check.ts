import "server-only";
import { verifySession } from "@/lib/dal/session";
import { prisma } from "@/lib/db";
import { checkAnswer } from "@/lib/exercises/answers";
import { feedbackFor, withoutKey, type Feedback } from "@/lib/exercises/feedback";
import { findExercise } from "@/lib/exercises/registry";
import { exerciseMessages as m } from "@/lib/messages/exercises";
import { deadlineFor, type WorkResult } from "./work";

export type CheckResult = Feedback & { remaining?: number };

/**
 * 检查答案 on an auto-graded exercise, for a signed-in user only (a visitor could otherwise read
 * the key before doing the assessed work signed in). Teachers, practice assignments and lessons
 * not assigned to the student get the explanation with the key; on an assessed assignment a
 * student gets a few checks (counted on the server) that say only right or wrong, until their
 * work has been handed in.
 */
export async function checkMyAnswer(exerciseId: string, body: unknown): Promise<WorkResult<CheckResult>> {
  const def = findExercise(exerciseId);
  if (!def) return { ok: false, status: 404, message: m.unknownExercise };
  const checked = checkAnswer(def, (body as { value?: unknown } | null)?.value);
  if (!checked.ok) return { ok: false, status: 400, message: checked.message };
  const feedback = feedbackFor(def, checked.value);
  if (!feedback) return { ok: false, status: 400, message: m.notAutoGraded };

  const user = await verifySession();
  if (!user || user.mustChangePassword) return { ok: false, status: 401, message: m.checkNeedsSignIn };
  if (user.role !== "STUDENT") return { ok: true, data: feedback };
  const assignment = await deadlineFor(user.id, def.lesson);
  if (!assignment || assignment.checkMode === "practice") return { ok: true, data: feedback };
  const handedIn = await prisma.submission.findFirst({
    where: { userId: user.id, lessonSlug: def.lesson },
    select: { id: true },
  });
  if (handedIn) return { ok: true, data: feedback };

  // Counted atomically: parallel presses cannot use more checks than the limit.
  const where = { userId_exerciseId: { userId: user.id, exerciseId } };
  await prisma.checkAttempt.upsert({ where, create: { userId: user.id, exerciseId, count: 0 }, update: {} });
  const [bumped] = await prisma.checkAttempt.updateManyAndReturn({
    where: { userId: user.id, exerciseId, count: { lt: assignment.checkLimit } },
    data: { count: { increment: 1 } },
    select: { count: true },
  });
  if (!bumped) return { ok: false, status: 429, message: m.checksUsedUp(assignment.checkLimit) };
  return {
    ok: true,
    data: { ...withoutKey(def, feedback), remaining: Math.max(0, assignment.checkLimit - bumped.count) },
  };
}
