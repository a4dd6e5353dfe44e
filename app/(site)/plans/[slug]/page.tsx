import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PlanActions } from "@/components/plans/plan-actions";
import { PlanCheck } from "@/components/plans/plan-check";
import { PlanSections } from "@/components/plans/plan-sections";
import { builtinPlans, findBuiltinPlan } from "@/lib/plans/builtin";
import { siteCatalogue } from "@/lib/plans/catalogue";
import { planProblems } from "@/lib/plans/validate";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return builtinPlans.map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = findBuiltinPlan((await params).slug);
  return found ? { title: `教案：${found.plan.title}` } : {};
}

export default async function PlanPage({ params }: Props) {
  const { slug } = await params;
  const found = findBuiltinPlan(slug);
  if (!found) notFound();
  const { plan } = found;
  return (
    <article className="mx-auto max-w-4xl">
      <nav aria-label="面包屑" className="text-sm text-slate-500">
        <Link href="/plans" className="hover:text-brand-700">
          教案
        </Link>
        <span aria-hidden> / </span>
        {plan.unit}
      </nav>
      <h1 className="mt-2 text-2xl font-bold sm:text-3xl">{plan.title}</h1>
      <div className="mt-4 space-y-4">
        <PlanActions base={`/plans/${slug}`} docxHref={`/api/plans/${slug}/docx`} />
        <PlanCheck problems={planProblems(plan, siteCatalogue)} />
      </div>
      <div className="mt-6">
        <PlanSections plan={plan} />
      </div>
    </article>
  );
}
