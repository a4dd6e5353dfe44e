import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { verifySession, type SessionUser } from "@/lib/dal/session";
import { prisma } from "@/lib/db";
import { checkAnswer, type TypingAnswer } from "@/lib/exercises/answers";
import { continueTypingClock } from "@/lib/exercises/typing-clock";
import { gradeExercise } from "@/lib/exercises/grading";
import { exercisesOfLesson, findExercise } from "@/lib/exercises/registry";
import { exerciseMessages as m } from "@/lib/messages/exercises";
import type { Exercise } from "@/lib/exercises/definition";
import { getMyLessonRubrics } from "@/lib/dal/rubrics";
import type { RubricLevel } from "@/lib/rubrics/rubric";
import { findMyGroup, isGroupExercise, readDrafts, writeDraft, type MyGroup } from "./drafts";
import { isLocked, type SubmissionStatus } from "./status";
import type { AssignmentInfo } from "./timing";
import { applicableAssignment, submissionTiming } from "./timing";

// A student's work on a lesson: drafts per exercise (versioned) and submitted versions.
// Every function checks the session itself and only ever touches the caller's own rows.

export type WorkResult<T> =
  { ok: true; data: T } | { ok: false; status: number; message: string; extra?: Record<string, unknown> };

const fail = (status: number, message: string, extra?: Record<string, unknown>): WorkResult<never> => ({
  ok: false,
  status,
  message,
  extra,
});

async function studentOrFail(): Promise<SessionUser | WorkResult<never>> {
  const user = await verifySession();
  if (!user) return fail(401, m.notSignedIn);
  if (user.role !== "STUDENT" || user.mustChangePassword) return fail(403, m.forbidden);
  return user;
}

const isFailure = (x: SessionUser | WorkResult<never>): x is WorkResult<never> => "ok" in x;

async function latestSubmission(userId: string, lessonSlug: string) {
  return prisma.submission.findFirst({
    where: { userId, lessonSlug },
    orderBy: { version: "desc" },
    select: {
      id: true,
      version: true,
      status: true,
      submittedAt: true,
      autoScore: true,
      autoMax: true,
      late: true,
      score: true,
      comment: true,
      reviews: { select: { exerciseId: true, score: true, comment: true, cells: true } },
    },
  });
}

/**
 * The assignment a student's work on a lesson goes to: of the assignments of this lesson to their
 * classes, the one that takes work now (see `applicableAssignment`).
 */
export async function deadlineFor(userId: string, lessonSlug: string) {
  const assignments = await prisma.assignment.findMany({
    where: { lessonSlug, class: { enrollments: { some: { studentId: userId } } } },
    select: {
      id: true,
      openAt: true,
      dueAt: true,
      cutoffAt: true,
      checkMode: true,
      checkLimit: true,
      createdAt: true,
      class: { select: { teacherId: true } },
      extensions: { where: { studentId: userId }, select: { dueAt: true, cutoffAt: true } },
    },
    take: 50,
  });
  // A student's own extension (延期) replaces the class's due time and cut-off for them.
  const windows = assignments.map(({ extensions: [own], ...a }) =>
    own ? { ...a, dueAt: own.dueAt, cutoffAt: own.cutoffAt, extended: true } : { ...a, extended: false },
  );
  return applicableAssignment(new Date(), windows);
}

export type ExerciseFeedback = { score: number | null; comment: string; cells: Record<string, string> };

export type LessonWork = {
  answers: Record<string, { value: unknown; version: number }>;
  /** The student's group, when the lesson has group work and they belong to one. */
  group: { name: string; members: string[] } | null;
  /** The 评分标准 the student's teacher scores each exercise with (their own or the built-in one). */
  rubrics: Record<string, RubricLevel[]>;
  /** The deadline that applies to this student, when the lesson is assigned to one of their classes. */
  assignment: AssignmentInfo | null;
  submission: {
    version: number;
    status: SubmissionStatus;
    submittedAt: string;
    autoScore: number | null;
    autoMax: number | null;
    late: boolean;
    /** The teacher's verdict, once the work is graded or returned. */
    review: { score: number | null; comment: string; exercises: Record<string, ExerciseFeedback> } | null;
  } | null;
};

export async function getMyLessonWork(lessonSlug: string): Promise<WorkResult<LessonWork>> {
  const user = await studentOrFail();
  if (isFailure(user)) return user;
  const defs = exercisesOfLesson(lessonSlug);
  if (defs.length === 0) return fail(404, m.unknownExercise);
  const groupIds = defs.filter(isGroupExercise).map((d) => d.id);
  const group = groupIds.length ? await findMyGroup(user.id) : null;
  const [answers, latest, assignment] = await Promise.all([
    readDrafts(user.id, lessonSlug, group, groupIds),
    latestSubmission(user.id, lessonSlug),
    deadlineFor(user.id, lessonSlug),
  ]);
  const rubrics = await getMyLessonRubrics(lessonSlug, assignment?.class.teacherId ?? null);
  return {
    ok: true,
    data: {
      answers,
      assignment: assignment && {
        openAt: assignment.openAt.toISOString(),
        dueAt: assignment.dueAt.toISOString(),
        cutoffAt: assignment.cutoffAt?.toISOString() ?? null,
        serverNow: new Date().toISOString(),
        checkMode: assignment.checkMode === "practice" ? "practice" : "assessed",
        checkLimit: assignment.checkLimit,
        extended: assignment.extended,
      },
      group: group && { name: group.name, members: group.members },
      rubrics,
      submission: latest && {
        version: latest.version,
        status: latest.status,
        submittedAt: latest.submittedAt.toISOString(),
        autoScore: latest.autoScore,
        autoMax: latest.autoMax,
        late: latest.late,
        review:
          latest.status === "SUBMITTED"
            ? null
            : {
                score: latest.score,
                comment: latest.comment,
                exercises: Object.fromEntries(
                  latest.reviews.map((r) => [
                    r.exerciseId,
                    { score: r.score, comment: r.comment, cells: JSON.parse(r.cells) as Record<string, string> },
                  ]),
                ),
              },
      },
    },
  };
}

const saveBody = z.object({ value: z.unknown(), baseVersion: z.number().int().min(0) }).strict();

/** Saves one exercise's draft if the caller's copy is current (optimistic concurrency on `version`). */
export async function saveMyAnswer(
  lessonSlug: string,
  exerciseId: string,
  body: unknown,
): Promise<WorkResult<{ version: number; savedAt: string }>> {
  const user = await studentOrFail();
  if (isFailure(user)) return user;
  const def = findExercise(exerciseId);
  if (!def || def.lesson !== lessonSlug) return fail(404, m.unknownExercise);
  const parsed = saveBody.safeParse(body);
  if (!parsed.success) return fail(400, m.badRequest);
  const checked = checkAnswer(def, parsed.data.value);
  if (!checked.ok) return fail(400, checked.message);

  // Only the status matters here: one small query on the hot autosave path.
  const latest = await prisma.submission.findFirst({
    where: { userId: user.id, lessonSlug },
    orderBy: { version: "desc" },
    select: { status: true },
  });
  if (latest && isLocked(latest.status)) return fail(423, m.locked);

  const group = isGroupExercise(def) ? await findMyGroup(user.id) : null;
  let value = checked.value;
  if (def.kind === "typing") {
    const stored = await prisma.answer.findUnique({
      where: { userId_exerciseId: { userId: user.id, exerciseId } },
      select: { value: true },
    });
    value = continueTypingClock(stored ? (JSON.parse(stored.value) as TypingAnswer) : null, value as TypingAnswer);
  }
  const written = await writeDraft(user.id, group, def, JSON.stringify(value), parsed.data.baseVersion);
  if (!written.ok) return fail(409, m.conflict, { current: written.current });
  return { ok: true, data: { version: written.version, savedAt: written.savedAt.toISOString() } };
}

/** Stores one submitted version: the drafts as they stand, with their auto-graded part. */
function recordSubmission(
  userId: string,
  lessonSlug: string,
  drafts: Record<string, { value: unknown }>,
  meta: { version: number; idempotencyKey: string; assignmentId: string | null; late: boolean },
) {
  const answers = Object.fromEntries(Object.entries(drafts).map(([id, d]) => [id, d.value]));
  return prisma.submission.create({
    data: {
      userId,
      lessonSlug,
      answers: JSON.stringify(answers),
      ...autoGrade(exercisesOfLesson(lessonSlug), answers),
      ...meta,
    },
  });
}

/** The auto-graded part of a set of answers (null when the lesson has no auto-graded exercise). */
function autoGrade(defs: Exercise[], answers: Record<string, unknown>) {
  let score = 0;
  let max = 0;
  for (const def of defs) {
    const grade = gradeExercise(def, answers[def.id]);
    if (grade.auto) {
      score += grade.score;
      max += grade.max;
    }
  }
  return max > 0 ? { autoScore: score, autoMax: max } : { autoScore: null, autoMax: null };
}

const submitBody = z.object({ idempotencyKey: z.string().min(8).max(100) }).strict();

export type SubmitReceipt = {
  version: number;
  submittedAt: string;
  autoScore: number | null;
  autoMax: number | null;
  status: SubmissionStatus;
  late: boolean;
};

/**
 * Submits the caller's current drafts for a lesson as a new version. The server's clock stamps it;
 * the same idempotency key always yields the same submission, however often it is sent.
 */
export async function submitMyLesson(lessonSlug: string, body: unknown): Promise<WorkResult<SubmitReceipt>> {
  const user = await studentOrFail();
  if (isFailure(user)) return user;
  const defs = exercisesOfLesson(lessonSlug);
  if (defs.length === 0) return fail(404, m.unknownExercise);
  const parsed = submitBody.safeParse(body);
  if (!parsed.success) return fail(400, m.badRequest);
  const { idempotencyKey } = parsed.data;

  const receipt = (s: {
    version: number;
    submittedAt: Date;
    autoScore: number | null;
    autoMax: number | null;
    status: SubmissionStatus;
    late: boolean;
  }) => ({
    ok: true as const,
    data: {
      version: s.version,
      submittedAt: s.submittedAt.toISOString(),
      autoScore: s.autoScore,
      autoMax: s.autoMax,
      status: s.status,
      late: s.late,
    },
  });
  const byKey = () =>
    prisma.submission.findUnique({ where: { userId_idempotencyKey: { userId: user.id, idempotencyKey } } });

  const existing = await byKey();
  if (existing) return receipt(existing);
  const latest = await latestSubmission(user.id, lessonSlug);
  if (latest && isLocked(latest.status)) {
    // A concurrent copy of this very submit may have landed between the two reads: answer with it.
    const mine = await byKey();
    return mine ? receipt(mine) : fail(423, m.locked);
  }

  const assignment = await deadlineFor(user.id, lessonSlug);
  const timing = assignment ? submissionTiming(new Date(), assignment) : { allowed: true as const, late: false };
  if (!timing.allowed) return fail(409, timing.reason === "closed" ? m.pastCutoff : m.notOpenYet);

  const groupIds = defs.filter(isGroupExercise).map((d) => d.id);
  const group = groupIds.length ? await findMyGroup(user.id) : null;
  const drafts = await readDrafts(user.id, lessonSlug, group, groupIds);
  if (Object.keys(drafts).length === 0) return fail(400, m.nothingToSubmit);

  try {
    const created = await recordSubmission(user.id, lessonSlug, drafts, {
      version: (latest?.version ?? 0) + 1,
      idempotencyKey,
      assignmentId: assignment?.id ?? null,
      late: timing.late,
    });
    if (group) await submitForGroupmates(user.id, group, lessonSlug, idempotencyKey, assignment, timing.late);
    return receipt(created);
  } catch (error) {
    // A concurrent copy of this submit won the race: answer with the submission it made.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner =
        (await byKey()) ??
        (await prisma.submission.findFirst({ where: { userId: user.id, lessonSlug }, orderBy: { version: "desc" } }));
      if (winner) return receipt(winner);
    }
    throw error;
  }
}

/**
 * Group work is handed in once for the whole group: when one member submits, every other member
 * whose work is not already in gets a submission too, carrying the shared group answer (and their
 * own answers to the rest of the lesson). The same idempotency key keeps this to one per member.
 */
async function submitForGroupmates(
  submitterId: string,
  group: MyGroup,
  lessonSlug: string,
  idempotencyKey: string,
  assignment: { id: string } | null,
  late: boolean,
) {
  const groupIds = exercisesOfLesson(lessonSlug)
    .filter(isGroupExercise)
    .map((d) => d.id);
  const members = await prisma.groupMember.findMany({
    where: { groupId: group.id, studentId: { not: submitterId } },
    select: { studentId: true },
  });
  for (const { studentId } of members) {
    const latest = await latestSubmission(studentId, lessonSlug);
    if (latest && isLocked(latest.status)) continue;
    const drafts = await readDrafts(studentId, lessonSlug, group, groupIds);
    await recordSubmission(studentId, lessonSlug, drafts, {
      version: (latest?.version ?? 0) + 1,
      idempotencyKey,
      assignmentId: assignment?.id ?? null,
      late,
    }).catch((error: unknown) => {
      // Already recorded by a retry of the same submit: nothing more to do.
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    });
  }
}
