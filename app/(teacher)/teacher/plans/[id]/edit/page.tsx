import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTeacherPlan } from "@/lib/dal/plans";
import { requireArea } from "@/lib/dal/session";
import { editorCatalogue } from "@/lib/plans/editor-catalogue";
import { PlanEditor } from "../../_components/plan-editor";

export const metadata: Metadata = { title: "编辑教案" };

export default async function EditPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireArea("teacher", `/teacher/plans/${id}/edit`);
  const loaded = await getTeacherPlan(id);
  if (!loaded?.canEdit) notFound();
  return (
    <div className="mx-auto max-w-4xl">
      <h1 className="mb-4 text-2xl font-bold">编辑教案</h1>
      <PlanEditor id={id} version={loaded.version} initial={loaded.input} catalogue={editorCatalogue()} />
    </div>
  );
}
