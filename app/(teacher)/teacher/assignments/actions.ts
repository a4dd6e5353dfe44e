"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { taughtAssignments, taughtClasses } from "@/lib/access/scopes";
import { action, formAction, notYours } from "@/lib/actions/action";
import { done, refused } from "@/lib/actions/result";
import { findLesson } from "@/lib/content/lessons";
import { prisma } from "@/lib/db";
import { exercisesOfLesson } from "@/lib/exercises/registry";

const id = z.string().min(1).max(40);
const instant = (message: string) => z.iso.datetime({ offset: true, message }).transform((s) => new Date(s));
const optionalInstant = z
  .union([z.literal(""), z.iso.datetime({ offset: true, message: "最后提交时间格式不正确。" })])
  .optional()
  .transform((s) => (s ? new Date(s) : null));
/** A checkbox the teacher ticks after being warned (a due time already past, a lesson assigned twice). */
const confirmed = z.union([z.literal("yes"), z.literal(""), z.null(), z.undefined()]).transform((v) => v === "yes");
const cutoffNotBeforeDue = { path: ["cutoffAt"], message: "最后提交时间不能早于截止时间。" };

const shanghaiTime = (d: Date) => d.toLocaleString("zh-CN", { hour12: false, timeZone: "Asia/Shanghai" });

const assignmentSchema = z
  .object({
    classId: id,
    lessonSlug: z
      .string()
      .refine((slug) => !!findLesson(slug) && exercisesOfLesson(slug).length > 0, "请选择一课有练习的课程。"),
    dueAt: instant("请选择截止时间。"),
    cutoffAt: optionalInstant,
    checkMode: z.enum(["assessed", "practice"], { error: "请选择“检查答案”的方式。" }).default("assessed"),
    confirm: confirmed,
  })
  .strict()
  .refine((a) => !a.cutoffAt || a.cutoffAt >= a.dueAt, cutoffNotBeforeDue);

const PAST_DUE = "截止时间已经过去了，学生一交就是迟交。确实要这样，请勾选“我已确认”后再点一次。";

/**
 * Hands a lesson's worksheet to one of the caller's classes with a due time and an optional cut-off.
 * A due time in the past, or a lesson the class already has, is refused until the teacher confirms.
 */
export const createAssignment = formAction(
  action({
    roles: ["TEACHER", "ADMIN"],
    input: assignmentSchema,
    run: async ({ confirm, ...input }, user) => {
      const own = await prisma.class.findFirst({
        where: { id: input.classId, ...taughtClasses(user) },
        select: { id: true },
      });
      if (!own) notYours();
      const title = findLesson(input.lessonSlug)?.title;
      if (!confirm) {
        const twice = await prisma.assignment.findFirst({
          where: { classId: input.classId, lessonSlug: input.lessonSlug },
          select: { dueAt: true },
        });
        if (twice)
          return refused(
            `这个班已经布置过《${title}》（截止 ${shanghaiTime(twice.dueAt)}）。要再布置一次，请勾选“我已确认”后再点一次。`,
            { reason: "conflict" },
          );
        if (input.dueAt < new Date()) return refused(PAST_DUE, { reason: "conflict" });
      }
      await prisma.assignment.create({ data: input });
      revalidatePath("/teacher");
      return done(`已布置《${title}》。`);
    },
  }),
  (formData) => ({
    classId: formData.get("classId"),
    lessonSlug: formData.get("lessonSlug"),
    dueAt: formData.get("dueAt"),
    cutoffAt: formData.get("cutoffAt") ?? "",
    checkMode: formData.get("checkMode") ?? undefined,
    confirm: formData.get("confirm"),
  }),
);

/** The caller's assignment with its class's students, or "not yours". */
async function ownAssignment(user: { id: string; role: "ADMIN" | "TEACHER" | "STUDENT" }, assignmentId: string) {
  const assignment = await prisma.assignment.findFirst({
    where: { id: assignmentId, ...taughtAssignments(user) },
    select: {
      id: true,
      lessonSlug: true,
      dueAt: true,
      class: { select: { enrollments: { select: { studentId: true } } } },
      _count: { select: { submissions: true } },
    },
  });
  if (!assignment) notYours();
  return assignment;
}

const updateSchema = z
  .object({
    assignmentId: id,
    dueAt: instant("请选择截止时间。"),
    cutoffAt: optionalInstant,
    checkMode: z.enum(["assessed", "practice"], { error: "请选择“检查答案”的方式。" }),
    confirm: confirmed,
  })
  .strict()
  .refine((a) => !a.cutoffAt || a.cutoffAt >= a.dueAt, cutoffNotBeforeDue);

/**
 * Changes an assignment's due time, cut-off and 检查答案 mode. Work already handed in keeps the
 * 迟交 mark it was given; students' own extensions stay as they are.
 */
export const updateAssignment = formAction(
  action({
    roles: ["TEACHER", "ADMIN"],
    input: updateSchema,
    run: async ({ assignmentId, confirm, ...input }, user) => {
      const assignment = await ownAssignment(user, assignmentId);
      if (!confirm && input.dueAt < new Date() && input.dueAt.getTime() !== assignment.dueAt.getTime())
        return refused(PAST_DUE, { reason: "conflict" });
      await prisma.assignment.update({ where: { id: assignmentId }, data: input });
      revalidatePath(`/teacher/assignments/${assignmentId}`);
      revalidatePath("/teacher");
      return done(
        `已保存：截止时间 ${shanghaiTime(input.dueAt)}${input.cutoffAt ? `，最后提交时间 ${shanghaiTime(input.cutoffAt)}` : ""}。`,
      );
    },
  }),
  (formData) => ({
    assignmentId: formData.get("assignmentId"),
    dueAt: formData.get("dueAt"),
    cutoffAt: formData.get("cutoffAt") ?? "",
    checkMode: formData.get("checkMode"),
    confirm: formData.get("confirm"),
  }),
);

/**
 * Deletes an assignment once the teacher has confirmed. Work already handed in is kept (with its
 * scores) as work on the lesson that belongs to no assignment; students' drafts are kept too.
 */
export const deleteAssignment = formAction(
  action({
    roles: ["TEACHER", "ADMIN"],
    input: z.object({ assignmentId: id, confirm: confirmed }).strict(),
    run: async ({ assignmentId, confirm }, user) => {
      const assignment = await ownAssignment(user, assignmentId);
      if (!confirm) return refused("请先勾选“我已确认”：删除后这份作业从班级里消失。", { reason: "invalid" });
      await prisma.assignment.delete({ where: { id: assignment.id } });
      revalidatePath("/teacher");
      redirect("/teacher");
    },
  }),
  (formData) => ({ assignmentId: formData.get("assignmentId"), confirm: formData.get("confirm") }),
);

const extensionSchema = z
  .object({
    assignmentId: id,
    studentId: z.string({ error: "请选择学生。" }).min(1, "请选择学生。").max(40),
    dueAt: instant("请选择延期后的截止时间。"),
    cutoffAt: optionalInstant,
  })
  .strict()
  .refine((a) => !a.cutoffAt || a.cutoffAt >= a.dueAt, cutoffNotBeforeDue);

/** Gives one student of the assignment's class their own due time and cut-off (延期), or changes it. */
export const extendAssignment = formAction(
  action({
    roles: ["TEACHER", "ADMIN"],
    input: extensionSchema,
    run: async ({ assignmentId, studentId, dueAt, cutoffAt }, user) => {
      const assignment = await ownAssignment(user, assignmentId);
      if (!assignment.class.enrollments.some((e) => e.studentId === studentId))
        return refused("这位同学不在这个班里，请刷新页面再选。", { reason: "invalid" });
      const student = await prisma.user.findUniqueOrThrow({ where: { id: studentId }, select: { name: true } });
      await prisma.assignmentExtension.upsert({
        where: { assignmentId_studentId: { assignmentId, studentId } },
        update: { dueAt, cutoffAt },
        create: { assignmentId, studentId, dueAt, cutoffAt },
      });
      revalidatePath(`/teacher/assignments/${assignmentId}`);
      return done(`已为${student.name}延期到 ${shanghaiTime(dueAt)}。`);
    },
  }),
  (formData) => ({
    assignmentId: formData.get("assignmentId"),
    studentId: formData.get("studentId"),
    dueAt: formData.get("dueAt"),
    cutoffAt: formData.get("cutoffAt") ?? "",
  }),
);

/** Takes a student's extension away: the class's due time applies to them again. */
export const removeExtension = formAction(
  action({
    roles: ["TEACHER", "ADMIN"],
    input: z.object({ assignmentId: id, studentId: id }).strict(),
    run: async ({ assignmentId, studentId }, user) => {
      await ownAssignment(user, assignmentId);
      await prisma.assignmentExtension.deleteMany({ where: { assignmentId, studentId } });
      revalidatePath(`/teacher/assignments/${assignmentId}`);
      return done("已取消延期。");
    },
  }),
  (formData) => ({ assignmentId: formData.get("assignmentId"), studentId: formData.get("studentId") }),
);
