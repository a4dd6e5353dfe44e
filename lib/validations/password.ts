import { z } from "zod";
import { authMessages } from "@/lib/messages/auth";

export const passwordSchema = z
  .string()
  .min(8, authMessages.passwordTooShort)
  .max(128, authMessages.passwordTooLong)
  .refine((pw) => /[A-Za-z]/.test(pw) && /[0-9]/.test(pw), authMessages.passwordNeedsLetterAndDigit);

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, authMessages.currentPasswordWrong).max(128),
    newPassword: passwordSchema,
    confirmPassword: z.string().max(128),
  })
  .strict()
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    message: authMessages.passwordsDiffer,
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ["newPassword"],
    message: authMessages.passwordSameAsOld,
  });

export const credentialsSchema = z.object({
  username: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(128),
});
