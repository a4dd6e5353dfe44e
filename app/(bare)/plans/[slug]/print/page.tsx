import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PrintPage } from "@/components/plans/print-page";
import { builtinPlans, findBuiltinPlan } from "@/lib/plans/builtin";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return builtinPlans.map(({ slug }) => ({ slug }));
}

export const metadata: Metadata = { title: "打印教案" };

export default async function PrintPlanPage({ params }: Props) {
  const { slug } = await params;
  const found = findBuiltinPlan(slug);
  if (!found) notFound();
  return <PrintPage plan={found.plan} backHref={`/plans/${slug}`} />;
}
