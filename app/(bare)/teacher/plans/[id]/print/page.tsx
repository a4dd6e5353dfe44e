import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PrintPage } from "@/components/plans/print-page";
import { getTeacherPlan } from "@/lib/dal/plans";
import { requireArea } from "@/lib/dal/session";

export const metadata: Metadata = { title: "打印教案" };

export default async function PrintTeacherPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireArea("teacher", `/teacher/plans/${id}/print`);
  const loaded = await getTeacherPlan(id);
  if (!loaded?.plan) notFound();
  return <PrintPage plan={loaded.plan} backHref={`/teacher/plans/${id}`} />;
}
