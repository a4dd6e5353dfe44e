import { describe, expect, it } from "vitest";
import { changePasswordSchema, passwordSchema } from "./password";

describe("password policy", () => {
  it("needs 8+ characters with a letter and a digit", () => {
    expect(passwordSchema.safeParse("abc123").success).toBe(false);
    expect(passwordSchema.safeParse("abcdefgh").success).toBe(false);
    expect(passwordSchema.safeParse("12345678").success).toBe(false);
    expect(passwordSchema.safeParse("kefu2026").success).toBe(true);
  });

  it("explains mismatched confirmation and reuse of the old password in Chinese", () => {
    const mismatch = changePasswordSchema.safeParse({
      currentPassword: "demo1234",
      newPassword: "kefu2026",
      confirmPassword: "kefu2027",
    });
    expect(mismatch.success).toBe(false);
    expect(mismatch.error?.issues[0]?.path).toEqual(["confirmPassword"]);
    expect(mismatch.error?.issues[0]?.message).toContain("不一致");

    const reuse = changePasswordSchema.safeParse({
      currentPassword: "kefu2026",
      newPassword: "kefu2026",
      confirmPassword: "kefu2026",
    });
    expect(reuse.error?.issues[0]?.message).toContain("不能与当前密码相同");
  });

  it("rejects extra fields", () => {
    const extra = changePasswordSchema.safeParse({
      currentPassword: "demo1234",
      newPassword: "kefu2026",
      confirmPassword: "kefu2026",
      role: "ADMIN",
    });
    expect(extra.success).toBe(false);
  });
});
