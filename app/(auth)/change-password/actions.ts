"use server";

import { fieldErrors, type ActionResult } from "@/lib/actions/result";
import type { Role } from "@/lib/auth/roles";
import { verifySession } from "@/lib/dal/session";
import { prisma } from "@/lib/db";
import { authMessages } from "@/lib/messages/auth";
import { hashPassword, verifyPassword } from "@/lib/password";
import { changePasswordSchema } from "@/lib/validations/password";

type Changed = { username: string; role: Role };

export async function changePassword(_prev: ActionResult<Changed>, formData: FormData): Promise<ActionResult<Changed>> {
  // Any signed-in user, including one who must change the password before anything else.
  const session = await verifySession();
  if (!session) return { ok: false, message: authMessages.notSignedIn };

  const parsed = changePasswordSchema.safeParse({
    currentPassword: formData.get("currentPassword"),
    newPassword: formData.get("newPassword"),
    confirmPassword: formData.get("confirmPassword"),
  });
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error.issues) };

  const user = await prisma.user.findUnique({
    where: { id: session.id },
    select: { username: true, role: true, passwordHash: true },
  });
  if (!user || !(await verifyPassword(user.passwordHash, parsed.data.currentPassword))) {
    return { ok: false, errors: { currentPassword: [authMessages.currentPasswordWrong] } };
  }

  await prisma.user.update({
    where: { id: session.id },
    // A new token version ends every other session of this account; the form signs in again.
    data: {
      passwordHash: await hashPassword(parsed.data.newPassword),
      mustChangePassword: false,
      tokenVersion: { increment: 1 },
    },
  });
  return { ok: true, message: authMessages.passwordChanged, data: { username: user.username, role: user.role } };
}
