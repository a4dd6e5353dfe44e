import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import type { Exercise } from "@/lib/exercises/definition";

// Where a student's draft of one exercise lives: their own Answer row, or — for a group exercise,
// when they belong to a group — the group's one shared GroupAnswer row. Both are versioned the
// same way, so a stale copy (another tab, another group member) gets a conflict, not an overwrite.

export type MyGroup = { id: string; name: string; members: string[] };

export function isGroupExercise(def: Exercise): boolean {
  return def.kind === "project" && def.group;
}

/** The student's group, in the first of their classes that has one. */
export async function findMyGroup(userId: string): Promise<MyGroup | null> {
  const membership = await prisma.groupMember.findFirst({
    where: { studentId: userId },
    orderBy: { group: { createdAt: "asc" } },
    select: {
      group: { select: { id: true, name: true, members: { select: { student: { select: { name: true } } } } } },
    },
  });
  if (!membership) return null;
  const { group } = membership;
  return { id: group.id, name: group.name, members: group.members.map((m) => m.student.name) };
}

export type Draft = { value: unknown; version: number };

/** Every draft of a lesson as the student sees it: group rows win for group exercises. */
export async function readDrafts(
  userId: string,
  lessonSlug: string,
  group: MyGroup | null,
  groupExerciseIds: string[],
): Promise<Record<string, Draft>> {
  const [own, shared] = await Promise.all([
    prisma.answer.findMany({ where: { userId, lessonSlug }, select: { exerciseId: true, value: true, version: true } }),
    group && groupExerciseIds.length
      ? prisma.groupAnswer.findMany({
          where: { groupId: group.id, exerciseId: { in: groupExerciseIds } },
          select: { exerciseId: true, value: true, version: true },
        })
      : Promise.resolve([]),
  ]);
  const drafts: Record<string, Draft> = {};
  for (const row of own)
    if (!(group && groupExerciseIds.includes(row.exerciseId)))
      drafts[row.exerciseId] = { value: JSON.parse(row.value) as unknown, version: row.version };
  for (const row of shared) drafts[row.exerciseId] = { value: JSON.parse(row.value) as unknown, version: row.version };
  return drafts;
}

export type WriteResult = { ok: true; version: number; savedAt: Date } | { ok: false; current: Draft | null };

/** Writes a draft if `baseVersion` is still the stored version (0: there is none yet). */
export async function writeDraft(
  userId: string,
  group: MyGroup | null,
  def: Exercise,
  value: string,
  baseVersion: number,
): Promise<WriteResult> {
  const shared = group && isGroupExercise(def);
  const exerciseId = def.id;
  const current = async (): Promise<WriteResult> => {
    const row = shared
      ? await prisma.groupAnswer.findUnique({ where: { groupId_exerciseId: { groupId: group.id, exerciseId } } })
      : await prisma.answer.findUnique({ where: { userId_exerciseId: { userId, exerciseId } } });
    // The server already holds exactly this content (a retry whose first reply was lost): saved.
    if (row && row.value === value) return { ok: true, version: row.version, savedAt: row.updatedAt };
    return { ok: false, current: row && { value: JSON.parse(row.value) as unknown, version: row.version } };
  };

  if (baseVersion === 0) {
    try {
      const created = shared
        ? await prisma.groupAnswer.create({
            data: { groupId: group.id, lessonSlug: def.lesson, exerciseId, value },
            select: { version: true, updatedAt: true },
          })
        : await prisma.answer.create({
            data: { userId, lessonSlug: def.lesson, exerciseId, value },
            select: { version: true, updatedAt: true },
          });
      return { ok: true, version: created.version, savedAt: created.updatedAt };
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return current();
      throw error;
    }
  }
  const updated = shared
    ? await prisma.groupAnswer.updateManyAndReturn({
        where: { groupId: group.id, exerciseId, version: baseVersion },
        data: { value, version: { increment: 1 } },
        select: { version: true, updatedAt: true },
      })
    : await prisma.answer.updateManyAndReturn({
        where: { userId, exerciseId, version: baseVersion },
        data: { value, version: { increment: 1 } },
        select: { version: true, updatedAt: true },
      });
  const row = updated[0];
  return row ? { ok: true, version: row.version, savedAt: row.updatedAt } : current();
}
