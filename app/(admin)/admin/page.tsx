import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/roles";
import { requireArea } from "@/lib/dal/session";
import { getSignInWaits } from "@/lib/dal/sign-in-waits";
import { listUsers, USER_LIST_LIMIT } from "@/lib/dal/users";
import { CreateUserForm } from "./_components/create-user-form";
import { UserActions } from "./_components/user-actions";

export const metadata: Metadata = { title: "系统管理" };

type Props = { searchParams: Promise<{ q?: string | string[]; role?: string | string[] }> };

function one(value: string | string[] | undefined) {
  return Array.isArray(value) ? value[0] : value;
}

export default async function AdminPage({ searchParams }: Props) {
  const admin = await requireArea("admin", "/admin");
  const params = await searchParams;
  const q = one(params.q)?.slice(0, 64) ?? "";
  const roleParam = one(params.role);
  const role = ROLES.find((r) => r === roleParam) as Role | undefined;
  const { users, total } = await listUsers({ q, role });
  const waits = await getSignInWaits(users.map((u) => u.id));

  return (
    <>
      <PageHeader title="系统管理" description="创建账号、重置密码、停用或启用账号。" />
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <section aria-labelledby="accounts" className="min-w-0 rounded-xl border border-slate-200 bg-white p-5">
          <h2 id="accounts" className="font-semibold">
            账号（共 {total} 个）
          </h2>
          <form className="mt-3 flex flex-wrap gap-2" role="search">
            <label className="sr-only" htmlFor="q">
              搜索账号或姓名
            </label>
            <input
              id="q"
              name="q"
              defaultValue={q}
              placeholder="搜索账号或姓名"
              className="min-h-10 min-w-0 flex-1 rounded-md border border-slate-300 px-3"
            />
            <label className="sr-only" htmlFor="role">
              角色
            </label>
            <select
              id="role"
              name="role"
              defaultValue={role ?? ""}
              className="min-h-10 rounded-md border border-slate-300 px-2"
            >
              <option value="">全部角色</option>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </select>
            <button type="submit" className="min-h-10 rounded-md border border-slate-300 px-4 hover:bg-slate-50">
              筛选
            </button>
          </form>
          {total > USER_LIST_LIMIT ? (
            <p className="mt-2 text-sm text-amber-700">只显示前 {USER_LIST_LIMIT} 个，请用搜索缩小范围。</p>
          ) : null}
          <div className="mt-4 overflow-x-auto">
            <table className="w-full min-w-[36rem] text-left text-sm">
              <thead className="border-b border-slate-200 text-slate-500">
                <tr>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    账号
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    姓名
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    角色
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    状态
                  </th>
                  <th scope="col" className="py-2 font-medium">
                    操作
                  </th>
                </tr>
              </thead>
              <tbody>
                {users.map((u) => (
                  <tr
                    key={u.id}
                    className="border-b border-slate-100 align-top last:border-0"
                    data-username={u.username}
                  >
                    <td className="py-2 pr-3 font-mono">{u.username}</td>
                    <td className="py-2 pr-3">{u.name}</td>
                    <td className="py-2 pr-3">{ROLE_LABELS[u.role]}</td>
                    <td className="py-2 pr-3">
                      {u.disabled ? (
                        <span className="rounded bg-red-50 px-1.5 py-0.5 text-red-700">已停用</span>
                      ) : u.mustChangePassword ? (
                        <span className="rounded bg-amber-50 px-1.5 py-0.5 text-amber-800">待改密码</span>
                      ) : (
                        <span className="rounded bg-green-50 px-1.5 py-0.5 text-green-800">正常</span>
                      )}
                    </td>
                    <td className="py-2">
                      <UserActions
                        userId={u.id}
                        username={u.username}
                        disabled={u.disabled}
                        isSelf={u.id === admin.id}
                        isStudent={u.role === "STUDENT"}
                        signInFailures={waits.get(u.id) ?? 0}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
        <CreateUserForm />
      </div>
    </>
  );
}
