"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ownedBy } from "@/lib/access/scopes";
import { action } from "@/lib/actions/action";
import { done, refused } from "@/lib/actions/result";
import { prisma } from "@/lib/db";
import { findExercise } from "@/lib/exercises/registry";
import { commonMessages } from "@/lib/messages/common";
import { rubricLevelsSchema } from "@/lib/rubrics/rubric";

const exerciseId = z.string().min(1).max(100);

/**
 * Saves the caller's own 评分标准 for one exercise; it is used on every assignment of that exercise
 * they review. Scores already given stay as they are.
 */
export const saveRubric = action({
  roles: ["TEACHER", "ADMIN"],
  input: z.object({ exerciseId, levels: z.array(z.unknown()).max(20) }).strict(),
  run: async (request, user) => {
    const def = findExercise(request.exerciseId);
    if (!def) return refused("没有这道练习。", { reason: "invalid" });
    const levels = rubricLevelsSchema(def.points).safeParse(request.levels);
    if (!levels.success) {
      const issue = levels.error.issues[0];
      const row = typeof issue?.path[0] === "number" ? `第 ${issue.path[0] + 1} 档：` : "";
      return refused(`${row}${issue?.message ?? commonMessages.invalidInput}`, { reason: "invalid" });
    }
    const json = JSON.stringify(levels.data);
    await prisma.rubric.upsert({
      where: { teacherId_exerciseId: { ...ownedBy(user), exerciseId: def.id } },
      update: { levels: json },
      create: { ...ownedBy(user), exerciseId: def.id, levels: json },
    });
    revalidatePath("/teacher/rubrics");
    return done("评分标准已保存。已经给出的分数不会改变。");
  },
});

/** Drops the caller's own rubric for an exercise, so the one that comes with it (if any) applies again. */
export const deleteRubric = action({
  roles: ["TEACHER", "ADMIN"],
  input: exerciseId,
  run: async (id, user) => {
    await prisma.rubric.deleteMany({ where: { ...ownedBy(user), exerciseId: id } });
    revalidatePath("/teacher/rubrics");
    return done("已删除你的评分标准。");
  },
});
