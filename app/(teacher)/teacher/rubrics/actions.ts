"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { sessionWithRole } from "@/lib/dal/session";
import { prisma } from "@/lib/db";
import { findExercise } from "@/lib/exercises/registry";
import { commonMessages } from "@/lib/messages/common";
import { rubricLevelsSchema } from "@/lib/rubrics/rubric";

const exerciseId = z.string().min(1).max(100);

/**
 * Saves the caller's own 评分标准 for one exercise; it is used on every assignment of that exercise
 * they review. Scores already given stay as they are.
 */
export async function saveRubric(request: unknown): Promise<ActionResult> {
  const user = await sessionWithRole(["TEACHER", "ADMIN"]);
  if (!user) return { ok: false, message: commonMessages.forbidden };
  const shape = z.object({ exerciseId, levels: z.array(z.unknown()).max(20) }).strict().safeParse(request);
  if (!shape.success) return { ok: false, message: commonMessages.invalidInput };
  const def = findExercise(shape.data.exerciseId);
  if (!def) return { ok: false, message: "没有这道练习。" };
  const levels = rubricLevelsSchema(def.points).safeParse(shape.data.levels);
  if (!levels.success) {
    const issue = levels.error.issues[0];
    const row = typeof issue?.path[0] === "number" ? `第 ${issue.path[0] + 1} 档：` : "";
    return { ok: false, message: `${row}${issue?.message ?? commonMessages.invalidInput}` };
  }
  const json = JSON.stringify(levels.data);
  await prisma.rubric.upsert({
    where: { teacherId_exerciseId: { teacherId: user.id, exerciseId: def.id } },
    update: { levels: json },
    create: { teacherId: user.id, exerciseId: def.id, levels: json },
  });
  revalidatePath("/teacher/rubrics");
  return { ok: true, message: "评分标准已保存。已经给出的分数不会改变。" };
}

/** Drops the caller's own rubric for an exercise, so the one that comes with it (if any) applies again. */
export async function deleteRubric(id: unknown): Promise<ActionResult> {
  const user = await sessionWithRole(["TEACHER", "ADMIN"]);
  if (!user) return { ok: false, message: commonMessages.forbidden };
  const parsed = exerciseId.safeParse(id);
  if (!parsed.success) return { ok: false, message: commonMessages.invalidInput };
  await prisma.rubric.deleteMany({ where: { teacherId: user.id, exerciseId: parsed.data } });
  revalidatePath("/teacher/rubrics");
  return { ok: true, message: "已删除你的评分标准。" };
}
