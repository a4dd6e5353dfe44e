// User-visible text for sign-in, sessions and passwords.
export const authMessages = {
  invalidCredentials: "账号或密码不正确，请重新输入。",
  accountDisabled: "该账号已停用，请联系学校管理员。",
  tooManyAttempts: "尝试次数过多，请稍后再试。",
  missingFields: "请输入账号和密码。",
  unexpected: "登录失败，请稍后重试。",
  passwordTooShort: "密码至少需要 8 个字符。",
  passwordTooLong: "密码不能超过 128 个字符。",
  passwordNeedsLetterAndDigit: "密码需要同时包含字母和数字。",
  passwordsDiffer: "两次输入的新密码不一致。",
  passwordSameAsOld: "新密码不能与当前密码相同。",
  currentPasswordWrong: "当前密码不正确。",
  passwordChanged: "密码已修改，正在进入……",
  notSignedIn: "登录已过期，请重新登录。",
} as const;

export type AuthErrorCode = "ACCOUNT_DISABLED" | "CredentialsSignin";

/** Maps the error code next-auth hands back after a failed sign-in to a message for the user. */
export function signInErrorMessage(code: string | null | undefined): string {
  if (code === "ACCOUNT_DISABLED") return authMessages.accountDisabled;
  if (code === "TOO_MANY_ATTEMPTS") return authMessages.tooManyAttempts;
  if (code === "CredentialsSignin") return authMessages.invalidCredentials;
  return authMessages.unexpected;
}
