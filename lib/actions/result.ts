/** The one shape every server action returns; forms render it with useActionState. */
export type ActionResult<T = undefined> = {
  ok: boolean;
  message?: string;
  errors?: Record<string, string[] | undefined>;
  data?: T;
};

export const initialActionResult: ActionResult<never> = { ok: false };

export function fieldErrors(issues: readonly { path: PropertyKey[]; message: string }[]) {
  const errors: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? "_");
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

