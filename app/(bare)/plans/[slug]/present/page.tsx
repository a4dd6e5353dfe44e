import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PresentPage } from "@/components/plans/present-page";
import { builtinPlans, findBuiltinPlan } from "@/lib/plans/builtin";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return builtinPlans.map(({ slug }) => ({ slug }));
}

export const metadata: Metadata = { title: "课堂模式" };

export default async function PresentPlanPage({ params }: Props) {
  const { slug } = await params;
  const found = findBuiltinPlan(slug);
  if (!found) notFound();
  return <PresentPage plan={found.plan} backHref={`/plans/${slug}`} />;
}
