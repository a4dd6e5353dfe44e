import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { listTeacherPlans } from "@/lib/dal/plans";
import { requireArea } from "@/lib/dal/session";
import { builtinPlans } from "@/lib/plans/builtin";
import { createPlan } from "./actions";
import { ActionForm } from "@/components/ui/action-form";

export const metadata: Metadata = { title: "我的教案" };

function CopyButton({ source, label }: { source: string; label: string }) {
  return (
    <ActionForm action={createPlan}>
      <input type="hidden" name="source" value={source} />
      <button
        type="submit"
        className="min-h-9 rounded-md border border-brand-600 px-3 text-sm text-brand-700 hover:bg-brand-50"
      >
        {label}
      </button>
    </ActionForm>
  );
}

export default async function TeacherPlansPage() {
  await requireArea("teacher", "/teacher/plans");
  const { mine, shared } = await listTeacherPlans();
  const date = (d: Date) => d.toLocaleString("zh-CN", { hour12: false, timeZone: "Asia/Shanghai" });
  return (
    <>
      <PageHeader
        title="我的教案"
        description="复制内置教案或同事共享的教案，改成适合自己班级的版本；每次保存都会留下一个版本。"
      >
        <CopyButton source="blank" label="＋ 新建空白教案" />
      </PageHeader>
      <section aria-labelledby="mine" className="rounded-xl border border-slate-200 bg-white p-5">
        <h2 id="mine" className="font-semibold">
          我的教案
        </h2>
        {mine.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">还没有自己的教案。从下面的内置教案复制一份开始吧。</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-100">
            {mine.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <Link href={`/teacher/plans/${p.id}`} className="font-medium text-brand-800 hover:underline">
                  {p.title}
                </Link>
                <span className="text-sm text-slate-500">
                  第 {p.version} 版 · {date(p.updatedAt)}
                  {p.shared ? " · 已共享" : ""}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="shared" className="mt-6 rounded-xl border border-slate-200 bg-white p-5">
        <h2 id="shared" className="font-semibold">
          集体备课：同事共享的教案
        </h2>
        {shared.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">暂时没有同事共享教案。</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-100">
            {shared.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <Link href={`/teacher/plans/${p.id}`} className="font-medium text-brand-800 hover:underline">
                    {p.title}
                  </Link>
                  <span className="ml-2 text-sm text-slate-500">{p.owner.name}</span>
                </span>
                <CopyButton source={`plan:${p.id}`} label="复制为我的教案" />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="builtin" className="mt-6 rounded-xl border border-slate-200 bg-white p-5">
        <h2 id="builtin" className="font-semibold">
          内置教案
        </h2>
        <ul className="mt-3 divide-y divide-slate-100">
          {builtinPlans.map(({ slug, plan }) => (
            <li key={slug} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <Link href={`/plans/${slug}`} className="font-medium text-brand-800 hover:underline">
                {plan.title}
              </Link>
              <CopyButton source={`builtin:${slug}`} label="复制为我的教案" />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
