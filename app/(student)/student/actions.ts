"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { sessionWithRole } from "@/lib/dal/session";
import { prisma } from "@/lib/db";
import { commonMessages } from "@/lib/messages/common";

const codeSchema = z.string().trim().toUpperCase().regex(/^[A-Z0-9]{6}$/, "班级码是 6 位字母或数字。");

/** A student joins a class with the code the teacher gave out. */
export async function joinClass(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await sessionWithRole(["STUDENT"]);
  if (!user) return { ok: false, message: commonMessages.forbidden };
  const code = codeSchema.safeParse(formData.get("code"));
  if (!code.success) return { ok: false, message: code.error.issues[0]?.message ?? commonMessages.invalidInput };
  const cls = await prisma.class.findUnique({ where: { joinCode: code.data }, select: { id: true, name: true } });
  if (!cls) return { ok: false, message: "没有找到这个班级码，请核对后再试。" };
  await prisma.enrollment.upsert({
    where: { classId_studentId: { classId: cls.id, studentId: user.id } },
    update: {},
    create: { classId: cls.id, studentId: user.id },
  });
  revalidatePath("/student");
  return { ok: true, message: `已加入“${cls.name}”。` };
}
