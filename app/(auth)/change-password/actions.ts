"use server";

import { fieldErrors, type ActionResult } from "@/lib/actions/result";
import type { Role } from "@/lib/auth/roles";
import { errorSummary, PASSWORD_CHANGE_UNAVAILABLE, waitMessage } from "@/lib/auth/sign-in-errors";
import { accountKey, countAttempt, recordSuccess } from "@/lib/auth/throttle";
import { waitSeconds } from "@/lib/auth/throttle-policy";
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
  if (!parsed.success)
    return { ok: false, message: "", reason: "invalid", fieldErrors: fieldErrors(parsed.error.issues) };

  try {
    return await changeTo(session.id, parsed.data.currentPassword, parsed.data.newPassword);
  } catch (error) {
    console.error("[change-password] failed:", errorSummary(error));
    return { ok: false, message: PASSWORD_CHANGE_UNAVAILABLE, reason: "error" };
  }
}

async function changeTo(userId: string, currentPassword: string, newPassword: string): Promise<ActionResult<Changed>> {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { username: true, role: true, passwordHash: true },
  });
  const wrong: ActionResult<Changed> = {
    ok: false,
    message: "",
    reason: "invalid",
    fieldErrors: { currentPassword: [authMessages.currentPasswordWrong] },
  };
  if (!user) return wrong;
  // The current password is guessed no faster than at sign-in: the same count, on the account.
  const attempt = await countAttempt(accountKey(userId), null);
  if (!attempt.allowed) {
    return {
      ok: false,
      message: "",
      reason: "invalid",
      fieldErrors: { currentPassword: [waitMessage(waitSeconds(attempt.waitMs))] },
    };
  }
  if (!(await verifyPassword(user.passwordHash, currentPassword))) return wrong;
  await recordSuccess(attempt);

  await prisma.user.update({
    where: { id: userId },
    // A new token version ends every other session of this account; the form signs in again.
    data: {
      passwordHash: await hashPassword(newPassword),
      mustChangePassword: false,
      tokenVersion: { increment: 1 },
    },
  });
  return { ok: true, message: authMessages.passwordChanged, data: { username: user.username, role: user.role } };
}
