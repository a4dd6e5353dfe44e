import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { Role } from "@/lib/auth/roles";
import { verifySession, type SessionUser } from "@/lib/dal/session";
import { isBusyError } from "@/lib/http";
import { actionMessages as m } from "@/lib/messages/actions";
import { fieldErrors, refused, type ActionFailure, type ActionResult } from "./result";

// Every server action is built here, in one order: who is calling (session and role), what they
// sent (zod), then the domain function, which checks ownership with `lib/access` and returns a
// result. Refusals — a bad field, not yours, signed out, a busy database — come back as one
// tagged result, the same way for every action; nothing typed is lost to a 500.

/** Thrown by a domain function to refuse with a message (e.g. a row outside the caller's scope). */
export class ActionRefusal extends Error {
  constructor(readonly failure: ActionFailure) {
    super(failure.message);
  }
}

/** The row is not the caller's (or does not exist): the same answer either way. */
export function notYours(): never {
  throw new ActionRefusal(refused(m.forbidden, { reason: "forbidden" }));
}

type Spec<S extends z.ZodType, T> = {
  roles: readonly Role[];
  input: S;
  run: (input: z.output<S>, user: SessionUser) => Promise<ActionResult<T>>;
  /** Also for an account that must change its password before anything else (the change itself). */
  firstLogin?: boolean;
};

/** What the log gets of an unexpected error: its kind, code and where it came from — never its
 *  message, which for a database error can hold the values written (a password hash, an answer). */
function logLine(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as { code?: unknown }).code;
  const frames = (error.stack ?? "")
    .split("\n")
    .filter((l) => /^\s+at /.test(l))
    .slice(0, 3)
    .map((l) => l.trim());
  return [error.name, typeof code === "string" || typeof code === "number" ? code : "", ...frames]
    .filter(Boolean)
    .join(" | ");
}

/** The caller-facing refusal for a zod error: the first message, and every message by field. */
export function invalid(error: z.ZodError): ActionFailure {
  const issues = error.issues;
  const readable = issues.find((i) => /[\u4e00-\u9fff]/.test(i.message))?.message;
  return refused(readable ?? m.invalidInput, { reason: "invalid", fieldErrors: fieldErrors(issues) });
}

export function action<S extends z.ZodType, T = undefined>(
  spec: Spec<S, T>,
): (request: unknown) => Promise<ActionResult<T>> {
  return async (request: unknown) => {
    const user = await verifySession();
    if (!user) return refused(m.signedOut, { reason: "signed-out" });
    if ((user.mustChangePassword && !spec.firstLogin) || !spec.roles.includes(user.role))
      return refused(m.forbidden, { reason: "forbidden" });
    const parsed = spec.input.safeParse(request);
    if (!parsed.success) return invalid(parsed.error);
    try {
      return await spec.run(parsed.data, user);
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() are not failures
      if (error instanceof ActionRefusal) return error.failure;
      if (isBusyError(error)) return refused(m.busy, { reason: "busy" });
      console.error("[action] failed:", logLine(error));
      return refused(m.failed, { reason: "error" });
    }
  };
}

/** The same action for a `<form>` with useActionState: the form's fields become the request. */
export function formAction<T>(
  run: (request: unknown) => Promise<ActionResult<T>>,
  fields: (formData: FormData) => unknown,
): (previous: ActionResult<T>, formData: FormData) => Promise<ActionResult<T>> {
  return async (_previous, formData) => run(fields(formData));
}
