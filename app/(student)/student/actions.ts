"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action, formAction } from "@/lib/actions/action";
import { done, refused } from "@/lib/actions/result";
import { prisma } from "@/lib/db";

const codeSchema = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{6}$/, "班级码是 6 位字母或数字。"),
});

/** A student joins a class with the code the teacher gave out. */
export const joinClass = formAction(
  action({
    roles: ["STUDENT"],
    input: codeSchema,
    run: async ({ code }, user) => {
      const cls = await prisma.class.findUnique({ where: { joinCode: code }, select: { id: true, name: true } });
      if (!cls)
        return refused("没有找到这个班级码，请核对后再试。", {
          reason: "invalid",
          fieldErrors: { code: ["没有找到这个班级码，请核对后再试。"] },
        });
      await prisma.enrollment.upsert({
        where: { classId_studentId: { classId: cls.id, studentId: user.id } },
        update: {},
        create: { classId: cls.id, studentId: user.id },
      });
      revalidatePath("/student");
      return done(`已加入“${cls.name}”。`);
    },
  }),
  (formData) => ({ code: formData.get("code") }),
);
