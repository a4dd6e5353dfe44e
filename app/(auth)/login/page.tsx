import type { Metadata } from "next";
import { connection } from "next/server";
import { Suspense } from "react";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "登录" };

export default async function LoginPage() {
  // Rendered per request so its scripts carry the CSP nonce (lib/security/csp.ts).
  await connection();
  return (
    <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="text-2xl font-bold">登录客服课堂</h1>
      <p className="mt-2 text-sm text-slate-600">学生用学号登录，教师用工号或邮箱登录。</p>
      <Suspense>
        <LoginForm />
      </Suspense>
      <p className="mt-6 text-sm text-slate-500">忘记密码，或账号已停用？请找任课教师或学校管理员。</p>
    </div>
  );
}
