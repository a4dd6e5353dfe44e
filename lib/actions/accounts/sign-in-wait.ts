"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { taughtStudents } from "@/lib/access/scopes";
import { action, formAction, notYours } from "@/lib/actions/action";
import { done } from "@/lib/actions/result";
import { clearSignInThrottle } from "@/lib/auth/throttle";
import { prisma } from "@/lib/db";

/**
 * Ends the growing wait after wrong passwords on one account, so a student someone kept out by
 * guessing (or who mistyped many times) can sign in at once. The admin may do it for any account,
 * a teacher for the students of their own classes (the admin page and the class list share it).
 */
export const clearSignInWait = formAction(
  action({
    roles: ["TEACHER", "ADMIN"],
    input: z.object({ userId: z.string().min(1).max(64) }).strict(),
    run: async ({ userId }, user) => {
      const account = await prisma.user.findFirst({
        where: { id: userId, ...taughtStudents(user) },
        select: { id: true, username: true },
      });
      if (!account) notYours();
      await clearSignInThrottle(account.id);
      revalidatePath("/teacher");
      revalidatePath("/admin");
      return done(`已解除 ${account.username} 的登录等待，现在可以直接登录。`);
    },
  }),
  (formData) => ({ userId: formData.get("userId") }),
);
