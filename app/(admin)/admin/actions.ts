"use server";

import { revalidatePath } from "next/cache";
import { Prisma } from "@/generated/prisma/client";
import { action, formAction } from "@/lib/actions/action";
import { done, refused } from "@/lib/actions/result";
import { clearSignInThrottle } from "@/lib/auth/throttle";
import { prisma } from "@/lib/db";
import { adminMessages } from "@/lib/messages/admin";
import { generateInitialPassword, hashPassword } from "@/lib/password";
import { createUserSchema, setDisabledSchema, userIdSchema } from "@/lib/validations/user";

type IssuedPassword = { username: string; name: string; initialPassword: string };

function formFields(formData: FormData) {
  return Object.fromEntries([...formData.entries()].filter(([key]) => !key.startsWith("$ACTION")));
}

export const createUser = formAction(
  action({
    roles: ["ADMIN"],
    input: createUserSchema,
    run: async (input) => {
      const initialPassword = generateInitialPassword();
      try {
        const user = await prisma.user.create({
          data: { ...input, passwordHash: await hashPassword(initialPassword), mustChangePassword: true },
          select: { username: true, name: true },
        });
        revalidatePath("/admin");
        return done<IssuedPassword>(adminMessages.created(user.username), { ...user, initialPassword });
      } catch (error) {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
          const field = String(error.meta?.target ?? "").includes("email") ? "email" : "username";
          const message = field === "email" ? adminMessages.emailTaken : adminMessages.usernameTaken;
          return refused(message, { reason: "conflict", fieldErrors: { [field]: [message] } });
        }
        throw error;
      }
    },
  }),
  formFields,
);

export const resetPassword = formAction(
  action({
    roles: ["ADMIN"],
    input: userIdSchema,
    run: async ({ userId }) => {
      const initialPassword = generateInitialPassword();
      const [user] = await prisma.user.updateManyAndReturn({
        where: { id: userId },
        data: {
          passwordHash: await hashPassword(initialPassword),
          mustChangePassword: true,
          tokenVersion: { increment: 1 },
        },
        select: { username: true, name: true },
      });
      if (!user) return refused(adminMessages.userNotFound, { reason: "forbidden" });
      await clearSignInThrottle(userId); // the new password works at once
      revalidatePath("/admin");
      return done<IssuedPassword>(adminMessages.reset(user.username), { ...user, initialPassword });
    },
  }),
  formFields,
);

export const setUserDisabled = formAction(
  action({
    roles: ["ADMIN"],
    input: setDisabledSchema,
    run: async ({ userId, disabled }, admin) => {
      if (disabled && userId === admin.id) return refused(adminMessages.cannotDisableSelf, { reason: "invalid" });
      const [user] = await prisma.user.updateManyAndReturn({
        where: { id: userId },
        // Disabling also bumps the token version, so sessions already open end at once.
        data: disabled ? { disabled: true, tokenVersion: { increment: 1 } } : { disabled: false },
        select: { username: true },
      });
      if (!user) return refused(adminMessages.userNotFound, { reason: "forbidden" });
      if (!disabled) await clearSignInThrottle(userId);
      revalidatePath("/admin");
      return done(disabled ? adminMessages.disabled(user.username) : adminMessages.enabled(user.username));
    },
  }),
  formFields,
);

/** Deletes a student and everything stored about them (answers, submissions, reviews, enrolments). */
export const deleteStudent = formAction(
  action({
    roles: ["ADMIN"],
    input: userIdSchema,
    run: async ({ userId }) => {
      const deleted = await prisma.user.deleteMany({ where: { id: userId, role: "STUDENT" } });
      if (deleted.count === 0) return refused(adminMessages.onlyStudentsDeleted, { reason: "invalid" });
      revalidatePath("/admin");
      return done(adminMessages.deleted);
    },
  }),
  formFields,
);
