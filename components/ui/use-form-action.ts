"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import { initialActionResult, type ActionResult } from "@/lib/actions/result";

type FormAction<T> = (prev: ActionResult<T>, formData: FormData) => Promise<ActionResult<T>>;

/**
 * useActionState for a form that must keep what the user typed when the server says no:
 * React resets a form after an `action` prop runs, so submit through onSubmit instead.
 */
export function useFormAction<T>(action: FormAction<T>) {
  const [state, dispatch, pending] = useActionState(action, initialActionResult as ActionResult<T>);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  }
  return { state, onSubmit, pending };
}
