import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { builtinPlans } from "@/lib/plans/builtin";

export const metadata: Metadata = { title: "教案" };

export default function PlansPage() {
  return (
    <>
      <PageHeader
        title="教案"
        description="按学校通用模板编写的教学设计：在线查看、打印、下载 Word，上课时用课堂模式按环节计时。"
      />
      <ul className="grid gap-4 md:grid-cols-2">
        {builtinPlans.map(({ slug, plan }) => (
          <li key={slug}>
            <Link
              href={`/plans/${slug}`}
              className="block h-full rounded-xl border border-slate-200 bg-white p-5 transition-shadow hover:shadow-md"
            >
              <p className="text-sm text-brand-700">
                {plan.unit || "教案"} · {plan.hours} 学时 · {plan.form}
              </p>
              <h2 className="mt-1 text-lg font-semibold">{plan.title}</h2>
              <p className="mt-2 text-sm text-slate-600">
                {plan.phases.length} 个教学环节：{plan.phases.map((p) => p.name).join("、")}
              </p>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
