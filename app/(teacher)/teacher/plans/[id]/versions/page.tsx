import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTeacherPlan, listPlanVersions } from "@/lib/dal/plans";
import { requireArea } from "@/lib/dal/session";
import { diffPlans } from "@/lib/plans/diff";
import { restorePlanVersion } from "../../actions";
import { ActionForm } from "@/components/ui/action-form";

export const metadata: Metadata = { title: "历史版本" };

export default async function PlanVersionsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireArea("teacher", `/teacher/plans/${id}/versions`);
  const [loaded, versions] = await Promise.all([getTeacherPlan(id), listPlanVersions(id)]);
  if (!loaded || !versions) notFound();
  return (
    <div className="mx-auto max-w-4xl">
      <nav aria-label="面包屑" className="text-sm text-slate-500">
        <Link href={`/teacher/plans/${id}`} className="hover:text-brand-700">
          {loaded.title}
        </Link>
        <span aria-hidden> / </span>历史版本
      </nav>
      <h1 className="mt-2 text-2xl font-bold">历史版本</h1>
      <ol className="mt-6 space-y-4">
        {versions.map((v) => {
          const changes = diffPlans(v.input, loaded.input);
          const current = v.version === loaded.version;
          return (
            <li key={v.version} className="rounded-xl border border-slate-200 bg-white p-4" data-version={v.version}>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <p className="font-semibold">
                  第 {v.version} 版{v.note ? `（${v.note}）` : ""}
                  <span className="ml-2 text-sm font-normal text-slate-500">
                    {v.createdAt.toLocaleString("zh-CN", { hour12: false, timeZone: "Asia/Shanghai" })}
                  </span>
                </p>
                {current ? (
                  <span className="rounded bg-brand-50 px-2 py-0.5 text-sm text-brand-800">当前版本</span>
                ) : (
                  <ActionForm action={restorePlanVersion}>
                    <input type="hidden" name="id" value={id} />
                    <input type="hidden" name="version" value={v.version} />
                    <button
                      type="submit"
                      className="min-h-9 rounded-md border border-brand-600 px-3 text-sm text-brand-700"
                    >
                      恢复这一版
                    </button>
                  </ActionForm>
                )}
              </div>
              {current ? null : changes.length === 0 ? (
                <p className="mt-2 text-sm text-slate-500">与当前版本相同。</p>
              ) : (
                <details className="mt-2 text-sm">
                  <summary className="cursor-pointer text-slate-700">与当前版本相比，{changes.length} 处不同</summary>
                  <table className="mt-2 w-full table-fixed border-collapse text-left">
                    <thead className="text-slate-500">
                      <tr>
                        <th className="w-1/4 py-1">内容</th>
                        <th className="py-1">这一版</th>
                        <th className="py-1">当前版本</th>
                      </tr>
                    </thead>
                    <tbody>
                      {changes.map((c) => (
                        <tr key={c.field} className="border-t border-slate-100 align-top">
                          <td className="py-1 pr-2 font-medium">{c.field}</td>
                          <td className="py-1 pr-2 whitespace-pre-wrap text-red-800">{c.before || "（空）"}</td>
                          <td className="py-1 whitespace-pre-wrap text-green-800">{c.after || "（空）"}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </details>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
