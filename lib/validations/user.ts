import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { adminMessages } from "@/lib/messages/admin";
import { cleanName } from "./clean-text";

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9_.-]{1,31}$/, adminMessages.usernameFormat);

export const createUserSchema = z
  .object({
    username: usernameSchema,
    name: z.string().overwrite(cleanName).min(1, adminMessages.nameRequired).max(40, adminMessages.nameTooLong),
    role: z.enum(ROLES, adminMessages.roleRequired),
    email: z
      .union([z.literal(""), z.email(adminMessages.emailFormat).trim().toLowerCase().max(254)])
      .optional()
      .transform((v) => (v ? v : null)),
  })
  .strict();

export const userIdSchema = z.object({ userId: z.string().min(1).max(64) }).strict();

export const setDisabledSchema = z
  .object({ userId: z.string().min(1).max(64), disabled: z.enum(["true", "false"]).transform((v) => v === "true") })
  .strict();
