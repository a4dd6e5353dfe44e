"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { taughtClasses } from "@/lib/access/scopes";
import { action, notYours } from "@/lib/actions/action";
import { done, refused } from "@/lib/actions/result";
import { parseRoster, type RosterRow } from "@/lib/classes/roster";
import { classifyAccounts, willImport, type AccountCheck } from "@/lib/classes/roster-accounts";
import { RosterFileError, xlsxToCsv } from "@/lib/classes/xlsx-roster";
import type { SessionUser } from "@/lib/dal/session";
import { prisma } from "@/lib/db";
import { generateInitialPassword, hashPassword } from "@/lib/password";
import type { ImportedStudent } from "./actions";

/** A row the import left out, and why, in the teacher's words. */
export type SkippedRow = { line: number; username: string; reason: string };

const rosterSchema = z
  .object({ classId: z.string().min(1).max(40), csv: z.string().max(500_000, "文件太大，请分批导入。") })
  .strict();

/** One of the caller's classes, or a refusal that says nothing about whether it exists. */
async function ownClass(classId: string, user: SessionUser) {
  const cls = await prisma.class.findFirst({
    where: { id: classId, ...taughtClasses(user) },
    select: { id: true, name: true, joinCode: true },
  });
  if (!cls) notYours();
  return cls;
}

/** What import would do with each valid row, from the accounts that exist now. */
async function checkAccounts(rows: RosterRow[], classId: string, user: SessionUser): Promise<AccountCheck[]> {
  const valid = rows.filter((r) => r.errors.length === 0);
  const found = await prisma.user.findMany({
    where: { username: { in: valid.map((r) => r.username) } },
    select: {
      username: true,
      name: true,
      role: true,
      enrollments: { select: { classId: true, class: { select: { teacherId: true } } } },
    },
  });
  const existing = found.map((u) => ({
    username: u.username,
    name: u.name,
    role: u.role,
    classIds: u.enrollments.map((e) => e.classId),
    teacherIds: u.enrollments.map((e) => e.class.teacherId),
  }));
  return classifyAccounts(rows, existing, { classId, callerId: user.id, admin: user.role === "ADMIN" });
}

/**
 * The preview's check against existing accounts, for one of the caller's classes: which rows are
 * new, which are the caller's students from another class, and which 学号 already belong to an
 * account with another name. Nothing is written.
 */
export const checkRoster = action({
  roles: ["TEACHER", "ADMIN"],
  input: rosterSchema,
  run: async ({ classId, csv }, user) => {
    const cls = await ownClass(classId, user);
    const { rows, problem } = parseRoster(csv, cls.name);
    if (problem) return refused(problem, { reason: "invalid" });
    return done(undefined, { accounts: await checkAccounts(rows, cls.id, user) });
  },
});

function skipReason(check: AccountCheck, joinCode: string): string {
  if (check.status === "in-class") return "已在本班";
  if (check.status === "elsewhere") return `已有账号，不能由名单导入，请让他登录后用班级码 ${joinCode} 加入`;
  return `系统里这个学号的姓名是“${check.existingName ?? ""}”，与名单不一致，没有确认`;
}

/**
 * Imports the valid rows of a roster into one of the caller's classes: new students get an
 * initial password (shown once, changed at first login); the caller's students from another of
 * their classes are enrolled — one whose account has another name only when the teacher
 * confirmed it in the preview. Any other existing account is never enrolled by import: that
 * student joins with the class code themselves, so a list of 学号 cannot pull someone else's
 * student (and their work) into a class. Every row left out is named with its reason.
 */
export const importRoster = action({
  roles: ["TEACHER", "ADMIN"],
  input: rosterSchema.extend({ confirmed: z.array(z.string().max(64)).max(500).default([]) }).strict(),
  run: async ({ classId, csv, confirmed }, user) => {
    const cls = await ownClass(classId, user);
    // The same checks the preview ran, again on the server: the browser is not trusted.
    const { rows, problem } = parseRoster(csv, cls.name);
    if (problem) return refused(problem, { reason: "invalid" });
    const checks = await checkAccounts(rows, cls.id, user);
    const accepted = new Set(confirmed);
    const ids = new Map(
      (
        await prisma.user.findMany({
          where: { username: { in: checks.filter((c) => c.status === "enrol").map((c) => c.username) } },
          select: { id: true, username: true },
        })
      ).map((u) => [u.username, u.id]),
    );
    const byLine = new Map(checks.map((c) => [c.line, c]));

    const students: ImportedStudent[] = [];
    const skippedRows: SkippedRow[] = [];
    const joinByCode: string[] = [];
    const writes: Prisma.PrismaPromise<unknown>[] = [];
    for (const row of rows) {
      const check = byLine.get(row.line);
      if (!check) {
        skippedRows.push({ line: row.line, username: row.username, reason: row.errors.join("；") });
        continue;
      }
      if (!willImport(check, accepted)) {
        skippedRows.push({ line: row.line, username: row.username, reason: skipReason(check, cls.joinCode) });
        if (check.status === "elsewhere") joinByCode.push(row.username);
        continue;
      }
      const existingId = ids.get(row.username);
      if (check.status === "enrol" && existingId) {
        writes.push(prisma.enrollment.create({ data: { classId: cls.id, studentId: existingId } }));
        students.push({ username: row.username, name: check.existingName ?? row.name, initialPassword: null });
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
    revalidatePath(`/teacher/classes/${cls.id}/roster`);
    const skipped = skippedRows.length;
    const hint = joinByCode.length
      ? `其中 ${joinByCode.join("、")} 已有账号，请让他们登录后用班级码 ${cls.joinCode} 加入。`
      : "";
    return done(`已导入 ${students.length} 名学生${skipped ? `，跳过 ${skipped} 行` : ""}。${hint}`, {
      students,
      skipped,
      skippedRows,
    });
  },
});

const XLSX_TOO_LARGE = "文件太大（超过 900 KB），请分批导入，或另存为 CSV。";

const xlsxRosterAction = action({
  roles: ["TEACHER", "ADMIN"],
  input: z.object({ file: z.instanceof(File, { message: "请选择文件。" }) }),
  run: async ({ file }) => {
    if (file.size > 900 * 1024) return refused(XLSX_TOO_LARGE, { reason: "invalid" });
    try {
      return done(undefined, { csv: await xlsxToCsv(new Uint8Array(await file.arrayBuffer())) });
    } catch (error) {
      const message =
        error instanceof RosterFileError
          ? error.message
          : "无法读取这个 Excel 文件。请在 Excel 里另存为 .xlsx 或 .csv 再导入。";
      return refused(message, { reason: "invalid" });
    }
  },
});

/** Reads an uploaded Excel roster (.xlsx) into CSV text for the preview; nothing is written. */
export async function readXlsxRoster(formData: FormData) {
  return xlsxRosterAction({ file: formData.get("file") });
}
