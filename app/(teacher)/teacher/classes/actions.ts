"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { fieldErrors, type ActionResult } from "@/lib/actions/result";
import { generateJoinCode } from "@/lib/classes/join-code";
import { parseRoster } from "@/lib/classes/roster";
import { xlsxToCsv } from "@/lib/classes/xlsx-roster";
import { sessionWithRole } from "@/lib/dal/session";
import { prisma } from "@/lib/db";
import { commonMessages } from "@/lib/messages/common";
import { generateInitialPassword, hashPassword } from "@/lib/password";

const classSchema = z
  .object({
    name: z.string().trim().min(1, "请填写班级名称。").max(40, "班级名称最多 40 个字。"),
    term: z.string().trim().max(40, "学期最多 40 个字。").optional().transform((t) => t || null),
  })
  .strict();

/** Creates a class taught by the caller, with a fresh join code. */
export async function createClass(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await sessionWithRole(["TEACHER", "ADMIN"]);
  if (!user) return { ok: false, message: commonMessages.forbidden };
  const parsed = classSchema.safeParse({ name: formData.get("name"), term: formData.get("term") ?? "" });
  if (!parsed.success) return { ok: false, message: commonMessages.invalidInput, errors: fieldErrors(parsed.error.issues) };
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      await prisma.class.create({ data: { ...parsed.data, teacherId: user.id, joinCode: generateJoinCode() } });
      revalidatePath("/teacher");
      return { ok: true, message: `已创建班级“${parsed.data.name}”。` };
    } catch (error) {
      // A join code already in use: draw another.
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    }
  }
  return { ok: false, message: "暂时无法生成班级码，请再试一次。" };
}

export type ImportedStudent = { username: string; name: string; initialPassword: string | null };

const importSchema = z.object({ classId: z.string().min(1).max(40), csv: z.string().max(500_000, "文件太大，请分批导入。") }).strict();

/**
 * Imports the valid rows of a roster into one of the caller's classes: new students get an
 * initial password (shown once, changed at first login); existing students are just enrolled.
 */
export async function importRoster(request: unknown): Promise<ActionResult<{ students: ImportedStudent[]; skipped: number }>> {
  const user = await sessionWithRole(["TEACHER", "ADMIN"]);
  if (!user) return { ok: false, message: commonMessages.forbidden };
  const parsedRequest = importSchema.safeParse(request);
  if (!parsedRequest.success) return { ok: false, message: parsedRequest.error.issues[0]?.message ?? commonMessages.invalidInput };
  const cls = await prisma.class.findFirst({
    where: { id: parsedRequest.data.classId, ...(user.role === "ADMIN" ? {} : { teacherId: user.id }) },
    select: { id: true, name: true },
  });
  if (!cls) return { ok: false, message: commonMessages.forbidden };

  // The same checks the preview ran, again on the server: the browser is not trusted.
  const { rows, problem } = parseRoster(parsedRequest.data.csv, cls.name);
  if (problem) return { ok: false, message: problem };
  const valid = rows.filter((r) => r.errors.length === 0);
  const existing = await prisma.user.findMany({
    where: { username: { in: valid.map((r) => r.username) } },
    select: { id: true, username: true, role: true, enrollments: { select: { class: { select: { teacherId: true } } } } },
  });
  const byUsername = new Map(existing.map((u) => [u.username, u]));

  const students: ImportedStudent[] = [];
  const joinByCode: string[] = [];
  let skipped = rows.length - valid.length;
  const writes: Prisma.PrismaPromise<unknown>[] = [];
  for (const row of valid) {
    const found = byUsername.get(row.username);
    // An existing account is enrolled only if it is a student not taught by another teacher yet:
    // otherwise a 学号 alone would open someone else's student's work. They join with the class code.
    const elsewhere = found?.enrollments.some((e) => e.class.teacherId !== user.id) ?? false;
    if (found && (found.role !== "STUDENT" || elsewhere)) {
      skipped++;
      if (elsewhere) joinByCode.push(row.username);
      continue;
    }
    if (found) {
      writes.push(
        prisma.enrollment.upsert({
          where: { classId_studentId: { classId: cls.id, studentId: found.id } },
          update: {},
          create: { classId: cls.id, studentId: found.id },
        }),
      );
      students.push({ username: row.username, name: row.name, initialPassword: null });
      continue;
    }
    const initialPassword = generateInitialPassword();
    writes.push(
      prisma.user.create({
        data: {
          username: row.username,
          name: row.name,
          role: "STUDENT",
          passwordHash: await hashPassword(initialPassword),
          mustChangePassword: true,
          enrollments: { create: { classId: cls.id } },
        },
      }),
    );
    students.push({ username: row.username, name: row.name, initialPassword });
  }
  // All or nothing: a failure half-way leaves no half-imported class.
  await prisma.$transaction(writes);
  revalidatePath("/teacher");
  const hint = joinByCode.length ? `其中 ${joinByCode.join("、")} 已在其他老师的班级，请让他们登录后用班级码加入。` : "";
  return { ok: true, message: `已导入 ${students.length} 名学生${skipped ? `，跳过 ${skipped} 行` : ""}。${hint}`, data: { students, skipped } };
}

const XLSX_TOO_LARGE = "文件太大（超过 900 KB），请分批导入，或另存为 CSV。";

/** Reads an uploaded Excel roster (.xlsx) into CSV text for the preview; nothing is written. */
export async function readXlsxRoster(formData: FormData): Promise<ActionResult<{ csv: string }>> {
  const user = await sessionWithRole(["TEACHER", "ADMIN"]);
  if (!user) return { ok: false, message: commonMessages.forbidden };
  const file = formData.get("file");
  if (!(file instanceof File)) return { ok: false, message: "请选择文件。" };
  if (file.size > 900 * 1024) return { ok: false, message: XLSX_TOO_LARGE };
  try {
    return { ok: true, data: { csv: await xlsxToCsv(new Uint8Array(await file.arrayBuffer())) } };
  } catch {
    return { ok: false, message: "无法读取这个 Excel 文件。请确认是 .xlsx 格式，或另存为 CSV 再试。" };
  }
}

const groupSchema = z
  .object({
    classId: z.string().min(1).max(40),
    name: z.string().trim().min(1, "请填写组名。").max(20, "组名最多 20 个字。"),
    studentIds: z.array(z.string().min(1).max(40)).min(2, "每组 2–6 人。").max(6, "每组 2–6 人。"),
  })
  .strict();

/** Makes a group of 2–6 students of one of the caller's classes; a student is in one group per class. */
export async function createGroup(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await sessionWithRole(["TEACHER", "ADMIN"]);
  if (!user) return { ok: false, message: commonMessages.forbidden };
  const parsed = groupSchema.safeParse({ classId: formData.get("classId"), name: formData.get("name"), studentIds: formData.getAll("studentIds") });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? commonMessages.invalidInput };
  const { classId, name, studentIds } = parsed.data;
  const cls = await prisma.class.findFirst({
    where: { id: classId, ...(user.role === "ADMIN" ? {} : { teacherId: user.id }) },
    select: { id: true, enrollments: { select: { studentId: true } }, groups: { select: { members: { select: { studentId: true } } } } },
  });
  if (!cls) return { ok: false, message: commonMessages.forbidden };
  const enrolled = new Set(cls.enrollments.map((e) => e.studentId));
  const grouped = new Set(cls.groups.flatMap((g) => g.members.map((m) => m.studentId)));
  if (studentIds.some((id) => !enrolled.has(id))) return { ok: false, message: commonMessages.invalidInput };
  if (studentIds.some((id) => grouped.has(id))) return { ok: false, message: "有同学已经在别的组里了。" };
  await prisma.group.create({ data: { classId, name, members: { create: studentIds.map((studentId) => ({ studentId })) } } });
  revalidatePath(`/teacher/classes/${classId}/groups`);
  return { ok: true, message: `已建立“${name}”。` };
}

/** Dissolves a group of one of the caller's classes (its shared drafts go with it). */
export async function deleteGroup(formData: FormData): Promise<void> {
  const user = await sessionWithRole(["TEACHER", "ADMIN"]);
  if (!user) return;
  const id = z.string().min(1).max(40).safeParse(formData.get("groupId"));
  if (!id.success) return;
  const group = await prisma.group.findFirst({
    where: { id: id.data, ...(user.role === "ADMIN" ? {} : { class: { teacherId: user.id } }) },
    select: { classId: true },
  });
  if (!group) return;
  await prisma.group.delete({ where: { id: id.data } });
  revalidatePath(`/teacher/classes/${group.classId}/groups`);
}
