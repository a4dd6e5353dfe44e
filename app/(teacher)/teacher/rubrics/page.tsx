import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { lessons } from "@/lib/content/lessons";
import { getMyRubrics } from "@/lib/dal/rubrics";
import { requireArea } from "@/lib/dal/session";
import { EXERCISE_KIND_LABELS } from "@/lib/exercises/definition";
import { exercisesOfLesson } from "@/lib/exercises/registry";

export const metadata: Metadata = { title: "评分标准" };

export default async function RubricsPage() {
  await requireArea("teacher", "/teacher/rubrics");
  const mine = await getMyRubrics();
  return (
    <>
      <nav aria-label="面包屑" className="text-sm text-slate-500">
        <Link href="/teacher" className="hover:text-brand-700">
          教学管理
        </Link>
        <span aria-hidden> / </span>评分标准
      </nav>
      <PageHeader
        title="评分标准"
        description="给任何一道练习定几档评分标准（例如 优秀 / 良好 / 合格 / 待改进），批改时点一下就给分。你的标准用于你布置的每一次作业，学生在练习旁能看到；修改标准不会改变已经给出的分数。"
      />
      <div className="space-y-6">
        {lessons
          .filter((l) => exercisesOfLesson(l.slug).length > 0)
          .map((lesson) => (
            <section
              key={lesson.slug}
              aria-labelledby={`l-${lesson.slug}`}
              className="rounded-xl border border-slate-200 bg-white p-4 sm:p-5"
            >
              <h2 id={`l-${lesson.slug}`} className="font-semibold">
                {lesson.title}
              </h2>
              <ul className="mt-2 divide-y divide-slate-100">
                {exercisesOfLesson(lesson.slug).map((def) => {
                  const own = mine.get(def.id);
                  const levels = own?.levels ?? def.rubric;
                  return (
                    <li key={def.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                      <span>
                        <Link
                          href={`/teacher/rubrics/${def.id}`}
                          className="font-medium text-brand-800 underline-offset-2 hover:underline"
                        >
                          {def.title}
                        </Link>
                        <span className="ml-2 text-sm text-slate-500">
                          {EXERCISE_KIND_LABELS[def.kind]} · {def.points} 分
                        </span>
                      </span>
                      <span className="text-sm text-slate-600" data-testid={`rubric-state-${def.id}`}>
                        {own ? "我的标准" : def.rubric ? "课程自带" : "未设置"}
                        {levels ? ` · ${levels.map((l) => `${l.label} ${l.points}`).join(" / ")}` : ""}
                      </span>
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
      </div>
    </>
  );
}
