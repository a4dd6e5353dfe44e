import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { findLesson } from "@/lib/content/lessons";
import { getMyRubrics } from "@/lib/dal/rubrics";
import { requireArea } from "@/lib/dal/session";
import { findExercise } from "@/lib/exercises/registry";
import { starterLevels } from "@/lib/rubrics/rubric";
import { RubricEditor } from "./rubric-editor";

export const metadata: Metadata = { title: "编辑评分标准" };

type Props = { params: Promise<{ exercise: string }> };

export default async function RubricEditPage({ params }: Props) {
  const { exercise } = await params;
  await requireArea("teacher", `/teacher/rubrics/${exercise}`);
  const def = findExercise(exercise);
  if (!def) notFound();
  const own = (await getMyRubrics()).get(def.id);
  const lesson = findLesson(def.lesson);
  return (
    <div className="mx-auto max-w-3xl">
      <nav aria-label="面包屑" className="text-sm text-slate-500">
        <Link href="/teacher" className="hover:text-brand-700">
          教学管理
        </Link>
        <span aria-hidden> / </span>
        <Link href="/teacher/rubrics" className="hover:text-brand-700">
          评分标准
        </Link>
        <span aria-hidden> / </span>
        {def.title}
      </nav>
      <PageHeader
        title={def.title}
        description={`${lesson?.title ?? def.lesson} · 满分 ${def.points} 分。${own ? "这是你自己的评分标准。" : def.rubric ? "现在用的是课程自带的标准，保存后改用你的版本。" : "这道练习还没有评分标准，下面是一个起步模板。"}`}
      />
      {def.prompt ? <p className="mb-4 rounded-md bg-slate-50 p-3 text-sm text-slate-700">题目：{def.prompt}</p> : null}
      <RubricEditor
        exerciseId={def.id}
        maxPoints={def.points}
        initial={own?.levels ?? def.rubric ?? starterLevels(def.points)}
        hasOwn={!!own}
        hasBuiltin={!!def.rubric}
      />
    </div>
  );
}
