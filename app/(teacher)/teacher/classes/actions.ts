"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { taughtClasses, taughtGroups } from "@/lib/access/scopes";
import { action, formAction, notYours } from "@/lib/actions/action";
import { done, refused } from "@/lib/actions/result";
import { accountKey } from "@/lib/auth/throttle";
import { generateJoinCode } from "@/lib/classes/join-code";
import { termOptions } from "@/lib/classes/terms";
import { prisma } from "@/lib/db";
import { generateInitialPassword, hashPassword } from "@/lib/password";
import { cleanName } from "@/lib/validations/clean-text";

const className = z.string().overwrite(cleanName).min(1, "请填写班级名称。").max(40, "班级名称最多 40 个字。");
/** A term from the list (`lib/classes/terms.ts`), or none. */
const term = z
  .string()
  .trim()
  .max(40, "学期最多 40 个字。")
  .optional()
  .transform((t) => t || null);
const termFromList = (term: string | null, keep: string | null = null) =>
  !term || term === keep || termOptions(new Date()).includes(term);

const classSchema = z.object({ name: className, term }).strict();

/** The caller already has a class of this name (case and spaces ignored), other than `except`. */
async function nameTaken(teacherId: string, name: string, except?: string) {
  const mine = await prisma.class.findMany({
    where: { teacherId, ...(except ? { id: { not: except } } : {}) },
    select: { name: true },
  });
  const key = (n: string) => n.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
  return mine.some((c) => key(c.name) === key(name));
}

/** Creates a class taught by the caller, with a fresh join code; a name the caller already uses is refused. */
export const createClass = formAction(
  action({
    roles: ["TEACHER", "ADMIN"],
    input: classSchema,
    run: async (input, user) => {
      if (!termFromList(input.term))
        return refused("请从列表里选择学期。", { reason: "invalid", fieldErrors: { term: ["请从列表里选择学期。"] } });
      if (await nameTaken(user.id, input.name)) {
        const message = `你已经有一个叫“${input.name}”的班级了，请换一个名称（例如加上学期）。`;
        return refused(message, { reason: "conflict", fieldErrors: { name: [message] } });
      }
      for (let attempt = 0; attempt < 5; attempt++) {
        try {
          await prisma.class.create({ data: { ...input, teacherId: user.id, joinCode: generateJoinCode() } });
          revalidatePath("/teacher");
          return done(`已创建班级“${input.name}”。`);
        } catch (error) {
          // A join code already in use: draw another.
          if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
        }
      }
      return refused("暂时无法生成班级码，请再试一次。", { reason: "conflict" });
    },
  }),
  (formData) => ({ name: formData.get("name"), term: formData.get("term") ?? "" }),
);

/** Renames one of the caller's classes and sets its term (the class's work and roster stay as they are). */
export const renameClass = formAction(
  action({
    roles: ["TEACHER", "ADMIN"],
    input: z.object({ classId: z.string().min(1).max(40), name: className, term }).strict(),
    run: async ({ classId, name, term }, user) => {
      const cls = await prisma.class.findFirst({
        where: { id: classId, ...taughtClasses(user) },
        select: { teacherId: true, term: true },
      });
      if (!cls) notYours();
      if (!termFromList(term, cls.term)) return refused("请从列表里选择学期。", { reason: "invalid" });
      if (await nameTaken(cls.teacherId, name, classId))
        return refused(`已经有一个叫“${name}”的班级了，请换一个名称。`, { reason: "conflict" });
      await prisma.class.update({ where: { id: classId }, data: { name, term } });
      revalidatePath("/teacher");
      revalidatePath(`/teacher/classes/${classId}/roster`);
      return done(`已保存：${name}${term ? `（${term}）` : ""}。`);
    },
  }),
  (formData) => ({ classId: formData.get("classId"), name: formData.get("name"), term: formData.get("term") ?? "" }),
);

/**
 * Takes a student out of one of the caller's classes (and out of its groups). The student's
 * account, answers and handed-in work stay; their work no longer shows in this class's lists.
 */
export const removeFromClass = formAction(
  action({
    roles: ["TEACHER", "ADMIN"],
    input: z.object({ classId: z.string().min(1).max(40), studentId: z.string().min(1).max(40) }).strict(),
    run: async ({ classId, studentId }, user) => {
      const cls = await prisma.class.findFirst({
        where: { id: classId, ...taughtClasses(user) },
        select: { id: true },
      });
      if (!cls) notYours();
      const enrolment = await prisma.enrollment.findUnique({
        where: { classId_studentId: { classId, studentId } },
        select: { student: { select: { name: true } } },
      });
      if (!enrolment) return refused("这位同学已经不在这个班里了，请刷新页面。", { reason: "invalid" });
      await prisma.$transaction([
        prisma.groupMember.deleteMany({ where: { studentId, group: { classId } } }),
        prisma.enrollment.delete({ where: { classId_studentId: { classId, studentId } } }),
      ]);
      revalidatePath("/teacher");
      revalidatePath(`/teacher/classes/${classId}/roster`);
      return done(`已把${enrolment.student.name}移出班级。账号和作答都还在，需要时可以让他用班级码重新加入。`);
    },
  }),
  (formData) => ({ classId: formData.get("classId"), studentId: formData.get("studentId") }),
);

export type ImportedStudent = { username: string; name: string; initialPassword: string | null };

const groupSchema = z
  .object({
    classId: z.string().min(1).max(40),
    name: z.string().overwrite(cleanName).min(1, "请填写组名。").max(20, "组名最多 20 个字。"),
    studentIds: z
      .array(z.string().min(1).max(40))
      .min(2, "每组 2–6 人。")
      .max(6, "每组 2–6 人。")
      .refine((ids) => new Set(ids).size === ids.length, "同一位同学只能选一次。"),
  })
  .strict();

/** Makes a group of 2–6 students of one of the caller's classes; a student is in one group per class. */
export const createGroup = formAction(
  action({
    roles: ["TEACHER", "ADMIN"],
    input: groupSchema,
    run: async ({ classId, name, studentIds }, user) => {
      const cls = await prisma.class.findFirst({
        where: { id: classId, ...taughtClasses(user) },
        select: {
          id: true,
          enrollments: { select: { studentId: true } },
          groups: { select: { members: { select: { studentId: true } } } },
        },
      });
      if (!cls) notYours();
      const enrolled = new Set(cls.enrollments.map((e) => e.studentId));
      const grouped = new Set(cls.groups.flatMap((g) => g.members.map((m) => m.studentId)));
      if (studentIds.some((id) => !enrolled.has(id)))
        return refused("有同学不在这个班里，请刷新页面再选。", { reason: "invalid" });
      if (studentIds.some((id) => grouped.has(id))) return refused("有同学已经在别的组里了。", { reason: "conflict" });
      await prisma.group.create({
        data: { classId, name, members: { create: studentIds.map((studentId) => ({ studentId })) } },
      });
      revalidatePath(`/teacher/classes/${classId}/groups`);
      return done(`已建立“${name}”。`);
    },
  }),
  (formData) => ({
    classId: formData.get("classId"),
    name: formData.get("name"),
    studentIds: formData.getAll("studentIds"),
  }),
);

/** Dissolves a group of one of the caller's classes (its shared drafts go with it). */
export const deleteGroup = formAction(
  action({
    roles: ["TEACHER", "ADMIN"],
    input: z.object({ groupId: z.string().min(1).max(40) }),
    run: async ({ groupId }, user) => {
      const group = await prisma.group.findFirst({
        where: { id: groupId, ...taughtGroups(user) },
        select: { classId: true, name: true },
      });
      if (!group) notYours();
      await prisma.group.delete({ where: { id: groupId } });
      revalidatePath(`/teacher/classes/${group.classId}/groups`);
      return done(`已解散“${group.name}”。`);
    },
  }),
  (formData) => ({ groupId: formData.get("groupId") }),
);

const resetSchema = z
  .object({
    classId: z.string().min(1).max(40),
    studentIds: z.array(z.string().min(1).max(40)).min(1, "请至少选一位同学。").max(200),
  })
  .strict();

/**
 * Gives the chosen students of one of the caller's classes a new initial password (shown once, to
 * be changed at first login) and ends their sessions and sign-in waits, for new login slips: a
 * student who forgot the password, or a class whose slips were lost.
 */
export const resetStudentPasswords = formAction(
  action({
    roles: ["TEACHER", "ADMIN"],
    input: resetSchema,
    run: async ({ classId, studentIds }, user) => {
      const cls = await prisma.class.findFirst({
        where: { id: classId, ...taughtClasses(user) },
        select: {
          enrollments: {
            where: { studentId: { in: studentIds }, student: { role: "STUDENT" } },
            select: { student: { select: { id: true, username: true, name: true } } },
          },
        },
      });
      if (!cls) notYours();
      const chosen = cls.enrollments.map((e) => e.student);
      if (chosen.length !== new Set(studentIds).size)
        return refused("有同学不在这个班里，请刷新页面再选。", { reason: "invalid" });
      const students: ImportedStudent[] = [];
      const writes: Prisma.PrismaPromise<unknown>[] = [];
      for (const student of chosen.sort((a, b) => a.username.localeCompare(b.username))) {
        const initialPassword = generateInitialPassword();
        writes.push(
          prisma.user.update({
            where: { id: student.id },
            data: {
              passwordHash: await hashPassword(initialPassword),
              mustChangePassword: true,
              tokenVersion: { increment: 1 },
            },
          }),
          prisma.loginThrottle.deleteMany({ where: { key: accountKey(student.id) } }),
        );
        students.push({ username: student.username, name: student.name, initialPassword });
      }
      await prisma.$transaction(writes);
      return done(`已为 ${students.length} 位同学重置密码，原密码和已登录的设备立即失效。`, { students });
    },
  }),
  (formData) => ({ classId: formData.get("classId"), studentIds: formData.getAll("studentIds") }),
);
