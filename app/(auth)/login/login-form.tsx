"use client";

import { getSession, signIn } from "next-auth/react";
import { useSearchParams } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { landingPath } from "@/lib/auth/roles";
import { signInMessage } from "@/lib/auth/sign-in-errors";
import { authMessages } from "@/lib/messages/auth";

export function LoginForm() {
  const searchParams = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const username = String(form.get("username") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!username || !password) {
      setError(authMessages.missingFields);
      return;
    }
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", { username, password, redirect: false });
      if (!result?.ok) {
        setError(signInMessage(result?.error));
        setPending(false);
        return;
      }
      const session = await getSession();
      const user = session?.user;
      if (!user) throw new Error("no session after sign-in");
      const target = user.mustChangePassword
        ? "/change-password"
        : landingPath(user.role, searchParams.get("callbackUrl"));
      // A full navigation, so every server component sees the new session cookie.
      window.location.assign(target);
    } catch {
      setError(authMessages.unexpected);
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-4" noValidate>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <Field
        label="账号"
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        hint="学号、工号或邮箱"
      />
      <Field label="密码" name="password" type="password" autoComplete="current-password" required />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "正在登录……" : "登录"}
      </Button>
    </form>
  );
}
