import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { verifySession } from "@/lib/dal/session";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "修改密码" };

export default async function ChangePasswordPage() {
  const user = await verifySession();
  if (!user) redirect("/login?callbackUrl=%2Fchange-password");
  return (
    <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="text-2xl font-bold">修改密码</h1>
      <p className="mt-2 text-sm leading-6 text-slate-600">
        {user.mustChangePassword
          ? `${user.name}，你正在使用老师或管理员发放的初始密码。为了账号安全，请先设置一个只有你自己知道的新密码。`
          : "设置新密码后，其他设备上的登录会失效。"}
      </p>
      <ChangePasswordForm />
    </div>
  );
}
