"use client";

import { signIn } from "next-auth/react";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useFormAction } from "@/components/ui/use-form-action";
import { homeFor } from "@/lib/auth/roles";
import { changePassword } from "./actions";

export function ChangePasswordForm() {
  const { state, onSubmit, pending } = useFormAction(changePassword);
  const newPassword = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const changed = state.ok ? state.data : undefined;
    if (!changed || !newPassword.current) return;
    // The change ended the old session; sign in again with the new password.
    void signIn("credentials", {
      username: changed.username,
      password: newPassword.current.value,
      redirect: false,
    }).then((result) => window.location.assign(result?.ok ? homeFor(changed.role) : "/login"));
  }, [state]);

  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-4" noValidate>
      {state.message && !state.fieldErrors ? (
        <Notice tone={state.ok ? "success" : "error"}>{state.message}</Notice>
      ) : null}
      <Field
        label="当前密码"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        errors={state.fieldErrors?.currentPassword}
      />
      <Field
        ref={newPassword}
        label="新密码"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        hint="至少 8 位，同时包含字母和数字"
        errors={state.fieldErrors?.newPassword}
      />
      <Field
        label="再次输入新密码"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        errors={state.fieldErrors?.confirmPassword}
      />
      <Button type="submit" className="w-full" disabled={pending || state.ok}>
        {pending ? "正在保存……" : "保存新密码"}
      </Button>
    </form>
  );
}
