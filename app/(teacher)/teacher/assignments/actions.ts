"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { fieldErrors, type ActionResult } from "@/lib/actions/result";
import { sessionWithRole } from "@/lib/dal/session";
import { prisma } from "@/lib/db";
import { findLesson } from "@/lib/content/lessons";
import { exercisesOfLesson } from "@/lib/exercises/registry";
import { commonMessages } from "@/lib/messages/common";

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
export async function createAssignment(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await sessionWithRole(["TEACHER", "ADMIN"]);
  if (!user) return { ok: false, message: commonMessages.forbidden };
  const parsed = assignmentSchema.safeParse({
    classId: formData.get("classId"),
    lessonSlug: formData.get("lessonSlug"),
    dueAt: formData.get("dueAt"),
    cutoffAt: formData.get("cutoffAt") ?? "",
    checkMode: formData.get("checkMode") ?? undefined,
  });
  if (!parsed.success) return { ok: false, message: commonMessages.invalidInput, errors: fieldErrors(parsed.error.issues) };
  const own = await prisma.class.findFirst({
    where: { id: parsed.data.classId, ...(user.role === "ADMIN" ? {} : { teacherId: user.id }) },
    select: { id: true },
  });
  if (!own) return { ok: false, message: commonMessages.forbidden };
  await prisma.assignment.create({ data: parsed.data });
  revalidatePath("/teacher");
  return { ok: true, message: `已布置《${findLesson(parsed.data.lessonSlug)?.title}》。` };
}
