"use client";

import type { ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { Notice } from "./notice";
import { useFormAction } from "./use-form-action";

/**
 * A small form (a button with hidden fields) that runs an action and says why when the server
 * refuses it — the one shape for 解散、共享、恢复 and the like, instead of a form that fails silently.
 */
export function ActionForm<T>({
  action,
  children,
  className,
  label,
}: {
  action: (previous: ActionResult<T>, formData: FormData) => Promise<ActionResult<T>>;
  children: ReactNode;
  className?: string;
  label?: string;
}) {
  const { state, onSubmit, pending } = useFormAction(action);
  return (
    <form onSubmit={onSubmit} className={className} aria-label={label} aria-busy={pending || undefined}>
      <fieldset disabled={pending} className="contents">
        {children}
      </fieldset>
      {!state.ok && state.message ? (
        <div className="mt-2 basis-full">
          <Notice tone="error">{state.message}</Notice>
        </div>
      ) : null}
    </form>
  );
}
