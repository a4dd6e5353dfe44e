import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PresentPage } from "@/components/plans/present-page";
import { getTeacherPlan } from "@/lib/dal/plans";
import { requireArea } from "@/lib/dal/session";

export const metadata: Metadata = { title: "课堂模式" };

export default async function PresentTeacherPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireArea("teacher", `/teacher/plans/${id}/present`);
  const loaded = await getTeacherPlan(id);
  if (!loaded?.plan) notFound();
  return <PresentPage plan={loaded.plan} backHref={`/teacher/plans/${id}`} />;
}
