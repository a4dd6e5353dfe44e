import { describe, expect, it } from "vitest";

describe("sign-in error messages", () => {
  it("says how many seconds to wait, in Chinese", async () => {
    const { signInMessage, waitMessage } = await import("./sign-in-errors");
    expect(signInMessage("TOO_MANY_ATTEMPTS:12")).toBe("尝试次数过多，请 12 秒后再试。");
    expect(waitMessage(1)).toBe("尝试次数过多，请 1 秒后再试。");
  });

  it("a disabled account reads like a wrong password; anything unknown is a plain retry message", async () => {
    const { signInMessage } = await import("./sign-in-errors");
    expect(signInMessage("CredentialsSignin")).toBe("账号或密码不正确，请重新输入。");
    expect(signInMessage("SIGN_IN_UNAVAILABLE")).toBe("登录失败，请稍后重试。");
    expect(signInMessage("TOO_MANY_ATTEMPTS:abc")).toBe("登录失败，请稍后重试。");
    expect(signInMessage(undefined)).toBe("登录失败，请稍后重试。");
  });

  it("logs an unexpected error by kind and code, never by its message", async () => {
    const { errorSummary } = await import("./sign-in-errors");
    const error = Object.assign(new Error('Invalid `prisma.user.findFirst()` … username: "s24001"'), {
      name: "PrismaClientKnownRequestError",
      code: "P1008",
    });
    expect(errorSummary(error)).toBe("PrismaClientKnownRequestError P1008");
    expect(errorSummary(new TypeError("s24001"))).toBe("TypeError");
  });
});
