"use server";

import { revalidatePath } from "next/cache";
import { Prisma } from "@/generated/prisma/client";
import { fieldErrors, type ActionResult } from "@/lib/actions/result";
import { sessionWithRole } from "@/lib/dal/session";
import { prisma } from "@/lib/db";
import { commonMessages } from "@/lib/messages/common";
import { adminMessages } from "@/lib/messages/admin";
import { generateInitialPassword, hashPassword } from "@/lib/password";
import { createUserSchema, setDisabledSchema, userIdSchema } from "@/lib/validations/user";

type IssuedPassword = { username: string; name: string; initialPassword: string };

function formFields(formData: FormData) {
  return Object.fromEntries([...formData.entries()].filter(([key]) => !key.startsWith("$ACTION")));
}

export async function createUser(_prev: ActionResult<IssuedPassword>, formData: FormData): Promise<ActionResult<IssuedPassword>> {
  const admin = await sessionWithRole(["ADMIN"]);
  if (!admin) return { ok: false, message: commonMessages.forbidden };
  const parsed = createUserSchema.safeParse(formFields(formData));
  if (!parsed.success) return { ok: false, message: commonMessages.invalidInput, errors: fieldErrors(parsed.error.issues) };

  const initialPassword = generateInitialPassword();
  try {
    const user = await prisma.user.create({
      data: { ...parsed.data, passwordHash: await hashPassword(initialPassword), mustChangePassword: true },
      select: { username: true, name: true },
    });
    revalidatePath("/admin");
    return { ok: true, message: adminMessages.created(user.username), data: { ...user, initialPassword } };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const target = String(error.meta?.target ?? "");
      const field = target.includes("email") ? "email" : "username";
      const message = field === "email" ? adminMessages.emailTaken : adminMessages.usernameTaken;
      return { ok: false, message, errors: { [field]: [message] } };
    }
    throw error;
  }
}

export async function resetPassword(_prev: ActionResult<IssuedPassword>, formData: FormData): Promise<ActionResult<IssuedPassword>> {
  const admin = await sessionWithRole(["ADMIN"]);
  if (!admin) return { ok: false, message: commonMessages.forbidden };
  const parsed = userIdSchema.safeParse(formFields(formData));
  if (!parsed.success) return { ok: false, message: commonMessages.invalidInput };

  const initialPassword = generateInitialPassword();
  const updated = await prisma.user.updateManyAndReturn({
    where: { id: parsed.data.userId },
    data: {
      passwordHash: await hashPassword(initialPassword),
      mustChangePassword: true,
      tokenVersion: { increment: 1 },
    },
    select: { username: true, name: true },
  });
  const user = updated[0];
  if (!user) return { ok: false, message: adminMessages.userNotFound };
  revalidatePath("/admin");
  return { ok: true, message: adminMessages.reset(user.username), data: { ...user, initialPassword } };
}

export async function setUserDisabled(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const admin = await sessionWithRole(["ADMIN"]);
  if (!admin) return { ok: false, message: commonMessages.forbidden };
  const parsed = setDisabledSchema.safeParse(formFields(formData));
  if (!parsed.success) return { ok: false, message: commonMessages.invalidInput };
  const { userId, disabled } = parsed.data;
  if (disabled && userId === admin.id) return { ok: false, message: adminMessages.cannotDisableSelf };

  const updated = await prisma.user.updateManyAndReturn({
    where: { id: userId },
    // Disabling also bumps the token version, so sessions already open end at once.
    data: disabled ? { disabled: true, tokenVersion: { increment: 1 } } : { disabled: false },
    select: { username: true },
  });
  const user = updated[0];
  if (!user) return { ok: false, message: adminMessages.userNotFound };
  revalidatePath("/admin");
  return { ok: true, message: disabled ? adminMessages.disabled(user.username) : adminMessages.enabled(user.username) };
}

/** Deletes a student and everything stored about them (answers, submissions, reviews, enrolments). */
export async function deleteStudent(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const admin = await sessionWithRole(["ADMIN"]);
  if (!admin) return { ok: false, message: commonMessages.forbidden };
  const parsed = userIdSchema.safeParse(formFields(formData));
  if (!parsed.success) return { ok: false, message: commonMessages.invalidInput };
  const deleted = await prisma.user.deleteMany({ where: { id: parsed.data.userId, role: "STUDENT" } });
  if (deleted.count === 0) return { ok: false, message: adminMessages.onlyStudentsDeleted };
  revalidatePath("/admin");
  return { ok: true, message: adminMessages.deleted };
}
