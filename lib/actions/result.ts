/**
 * The one shape every server action returns. A refusal says why in `reason`, so a client can
 * act on it the same way everywhere: retry a busy database, ask to sign in again (keeping what
 * was typed), or show the message and the per-field errors next to their fields.
 */
export type ActionFailure = {
  ok: false;
  message: string;
  reason?: "invalid" | "forbidden" | "signed-out" | "busy" | "conflict" | "error";
  fieldErrors?: Record<string, string[]>;
};

export type ActionResult<T = undefined> =
  { ok: true; data: T; message?: string; fieldErrors?: never; reason?: never } | ActionFailure;

/** The state a form shows before its first submit. */
export const initialActionResult: ActionResult<never> = { ok: false, message: "" };

export function done<T = undefined>(message?: string, data?: T): ActionResult<T> {
  return { ok: true, data: data as T, message };
}

export function refused(message: string, extra: Omit<ActionFailure, "ok" | "message"> = {}): ActionFailure {
  return { ok: false, message, ...extra };
}

export function fieldErrors(issues: readonly { path: PropertyKey[]; message: string }[]) {
  const errors: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? "_");
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}
