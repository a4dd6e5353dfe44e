"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { taughtClasses } from "@/lib/access/scopes";
import { action, formAction, notYours } from "@/lib/actions/action";
import { done } from "@/lib/actions/result";
import { findLesson } from "@/lib/content/lessons";
import { prisma } from "@/lib/db";
import { exercisesOfLesson } from "@/lib/exercises/registry";

const assignmentSchema = z
  .object({
    classId: z.string().min(1).max(40),
    lessonSlug: z.string().refine((slug) => !!findLesson(slug) && exercisesOfLesson(slug).length > 0, "请选择一课有练习的课程。"),
    dueAt: z.iso.datetime({ offset: true, message: "请选择截止时间。" }).transform((s) => new Date(s)),
    cutoffAt: z
      .union([z.literal(""), z.iso.datetime({ offset: true, message: "最后提交时间格式不正确。" })])
      .optional()
      .transform((s) => (s ? new Date(s) : null)),
    checkMode: z.enum(["assessed", "practice"], { error: "请选择“检查答案”的方式。" }).default("assessed"),
  })
  .strict()
  .refine((a) => !a.cutoffAt || a.cutoffAt >= a.dueAt, { path: ["cutoffAt"], message: "最后提交时间不能早于截止时间。" });

/** Hands a lesson's worksheet to one of the caller's classes with a due time and an optional cut-off. */
export const createAssignment = formAction(
  action({
    roles: ["TEACHER", "ADMIN"],
    input: assignmentSchema,
    run: async (input, user) => {
      const own = await prisma.class.findFirst({ where: { id: input.classId, ...taughtClasses(user) }, select: { id: true } });
      if (!own) notYours();
      await prisma.assignment.create({ data: input });
      revalidatePath("/teacher");
      return done(`已布置《${findLesson(input.lessonSlug)?.title}》。`);
    },
  }),
  (formData) => ({
    classId: formData.get("classId"),
    lessonSlug: formData.get("lessonSlug"),
    dueAt: formData.get("dueAt"),
    cutoffAt: formData.get("cutoffAt") ?? "",
    checkMode: formData.get("checkMode") ?? undefined,
  }),
);
