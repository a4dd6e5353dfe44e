"use server";

import { action, formAction } from "@/lib/actions/action";
import { done, refused, type ActionResult } from "@/lib/actions/result";
import { ROLES, type Role } from "@/lib/auth/roles";
import { waitMessage } from "@/lib/auth/sign-in-errors";
import { accountKey, countAttempt, recordSuccess } from "@/lib/auth/throttle";
import { waitSeconds } from "@/lib/auth/throttle-policy";
import { prisma } from "@/lib/db";
import { authMessages } from "@/lib/messages/auth";
import { hashPassword, verifyPassword } from "@/lib/password";
import { changePasswordSchema } from "@/lib/validations/password";

type Changed = { username: string; role: Role };

const wrongCurrent = (message: string) =>
  refused("", { reason: "invalid", fieldErrors: { currentPassword: [message] } });

/**
 * Any signed-in user changes their own password — including one who must do so before anything
 * else. The current password is guessed no faster than at sign-in: the same count, on the account.
 */
export const changePassword = formAction(
  action({
    roles: ROLES,
    firstLogin: true,
    input: changePasswordSchema,
    run: async ({ currentPassword, newPassword }, session): Promise<ActionResult<Changed>> => {
      const user = await prisma.user.findUnique({
        where: { id: session.id },
        select: { username: true, role: true, passwordHash: true },
      });
      if (!user) return wrongCurrent(authMessages.currentPasswordWrong);
      const attempt = await countAttempt(accountKey(session.id), null);
      if (!attempt.allowed) return wrongCurrent(waitMessage(waitSeconds(attempt.waitMs)));
      if (!(await verifyPassword(user.passwordHash, currentPassword)))
        return wrongCurrent(authMessages.currentPasswordWrong);
      await recordSuccess(attempt);
      await prisma.user.update({
        where: { id: session.id },
        // A new token version ends every other session of this account; the form signs in again.
        data: {
          passwordHash: await hashPassword(newPassword),
          mustChangePassword: false,
          tokenVersion: { increment: 1 },
        },
      });
      return done(authMessages.passwordChanged, { username: user.username, role: user.role });
    },
  }),
  (formData) => ({
    currentPassword: formData.get("currentPassword"),
    newPassword: formData.get("newPassword"),
    confirmPassword: formData.get("confirmPassword"),
  }),
);
