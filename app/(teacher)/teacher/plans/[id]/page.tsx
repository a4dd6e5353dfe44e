import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PlanActions } from "@/components/plans/plan-actions";
import { PlanCheck } from "@/components/plans/plan-check";
import { PlanSections } from "@/components/plans/plan-sections";
import { buttonClass } from "@/components/ui/button";
import { getTeacherPlan } from "@/lib/dal/plans";
import { requireArea } from "@/lib/dal/session";
import { siteCatalogue } from "@/lib/plans/catalogue";
import { planProblems } from "@/lib/plans/validate";
import { createPlan, setPlanShared } from "../actions";
import { ActionForm } from "@/components/ui/action-form";

export const metadata: Metadata = { title: "教案" };

export default async function TeacherPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireArea("teacher", `/teacher/plans/${id}`);
  const loaded = await getTeacherPlan(id);
  if (!loaded) notFound();
  const base = `/teacher/plans/${id}`;
  return (
    <article className="mx-auto max-w-4xl">
      <nav aria-label="面包屑" className="text-sm text-slate-500">
        <Link href="/teacher/plans" className="hover:text-brand-700">
          我的教案
        </Link>
        <span aria-hidden> / </span>第 {loaded.version} 版{loaded.canEdit ? "" : ` · ${loaded.ownerName} 共享`}
      </nav>
      <h1 className="mt-2 text-2xl font-bold sm:text-3xl">{loaded.title}</h1>
      <div className="mt-4 flex flex-wrap gap-2">
        {loaded.canEdit ? (
          <>
            <Link href={`${base}/edit`} className={buttonClass("primary")}>
              编辑
            </Link>
            <Link href={`${base}/versions`} className={buttonClass("secondary")}>
              历史版本
            </Link>
            <ActionForm action={setPlanShared}>
              <input type="hidden" name="id" value={id} />
              <input type="hidden" name="shared" value={loaded.shared ? "false" : "true"} />
              <button type="submit" className={buttonClass("secondary")}>
                {loaded.shared ? "取消共享" : "共享给同事（集体备课）"}
              </button>
            </ActionForm>
          </>
        ) : (
          <ActionForm action={createPlan}>
            <input type="hidden" name="source" value={`plan:${id}`} />
            <button type="submit" className={buttonClass("primary")}>
              复制为我的教案
            </button>
          </ActionForm>
        )}
      </div>
      {loaded.plan ? (
        <>
          <div className="mt-4 space-y-4">
            <PlanActions base={base} docxHref={`/api/teacher-plans/${id}/docx`} />
            <PlanCheck problems={planProblems(loaded.plan, siteCatalogue)} />
          </div>
          <div className="mt-6">
            <PlanSections plan={loaded.plan} />
          </div>
        </>
      ) : (
        <p className="mt-6 rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-900">
          这份教案还没写完，请先编辑并保存，之后才能查看、打印和下载。
        </p>
      )}
    </article>
  );
}
