import { signInErrorMessage } from "@/lib/messages/auth";
import { waitSeconds } from "./throttle-policy";

// The codes `authorize` throws (next-auth hands the message back to the sign-in form as `error`)
// and what the form says for each. Pure: used by the server and by the login form.

/** The attempt came during a throttle wait; the code carries the seconds left. */
export function throttledCode(waitMs: number): string {
  return `TOO_MANY_ATTEMPTS:${waitSeconds(waitMs)}`;
}

/** Anything unexpected (a busy database, say): nothing internal reaches the URL. */
export const SIGN_IN_UNAVAILABLE = "SIGN_IN_UNAVAILABLE";

export function waitMessage(seconds: number): string {
  return `尝试次数过多，请 ${seconds} 秒后再试。`;
}

/** The message for a code from a failed sign-in. */
export function signInMessage(code: string | null | undefined): string {
  const wait = /^TOO_MANY_ATTEMPTS:(\d{1,4})$/.exec(code ?? "");
  if (wait) return waitMessage(Number(wait[1]));
  return signInErrorMessage(code);
}

/**
 * What to log about an unexpected error during a password check: its kind and code, never its
 * message (a database error can quote the name typed or the values being written).
 */
export function errorSummary(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" || typeof code === "number" ? `${error.name} ${code}` : error.name;
}
