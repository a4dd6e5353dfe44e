import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/plans/print-button";
import { findLesson } from "@/lib/content/lessons";
import { getAssignmentAnswers } from "@/lib/dal/assignments";
import { requireArea } from "@/lib/dal/session";
import { answerText } from "@/lib/exercises/answer-text";
import { exercisesOfLesson } from "@/lib/exercises/registry";

export const metadata: Metadata = { title: "作业存档" };

/** 作业存档: every student's submitted work with scores and comments, one student a page. */
export default async function ArchivePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireArea("teacher", `/teacher/assignments/${id}/archive`);
  const data = await getAssignmentAnswers(id);
  if (!data) notFound();
  const { overview, submissions } = data;
  const lesson = findLesson(overview.lessonSlug)?.title ?? overview.lessonSlug;
  const exercises = exercisesOfLesson(overview.lessonSlug);
  const time = (d: Date) => d.toLocaleString("zh-CN", { hour12: false, timeZone: "Asia/Shanghai" });
  return (
    <main className="mx-auto max-w-[210mm] bg-white px-[12mm] py-[10mm] text-[14px] leading-6 print:max-w-none print:p-0">
      <div className="mb-4 flex items-center justify-between print:hidden">
        <a href={`/teacher/assignments/${id}`} className="text-sm text-brand-700 underline">
          ← 返回作业
        </a>
        <PrintButton />
      </div>
      <h1 className="text-center text-2xl font-bold">作业存档</h1>
      <p className="mt-1 text-center text-slate-600">
        {overview.class.name} · {lesson} · 截止 {time(overview.dueAt)} · 共 {submissions.length} 份
      </p>
      {overview.rows.map(({ student, latest }) => {
        const submission = latest && submissions.find((s) => s.id === latest.id);
        if (!latest || !submission) return null;
        return (
          <section
            key={student.id}
            className="mt-8 break-before-page border-t-2 border-slate-800 pt-4 first-of-type:break-before-auto"
            data-archive={student.username}
          >
            <h2 className="text-lg font-bold">
              {student.name}（{student.username}）
            </h2>
            <p className="text-slate-600">
              第 {latest.version} 次提交 · {time(latest.submittedAt)}
              {latest.late ? " · 迟交" : ""} · 总分 {latest.score ?? "未批改"}
            </p>
            {exercises.map((def) => {
              const review = submission.reviews.find((r) => r.exerciseId === def.id);
              return (
                <div key={def.id} className="mt-3 break-inside-avoid">
                  <h3 className="font-semibold">
                    {def.title}（{review?.score ?? "—"} / {def.points} 分）
                  </h3>
                  <p className="mt-1 rounded border border-slate-300 p-2 whitespace-pre-wrap">
                    {answerText(def, submission.answers[def.id]) || "（未作答）"}
                  </p>
                  {review?.comment ? <p className="mt-1 text-slate-700">评语：{review.comment}</p> : null}
                </div>
              );
            })}
          </section>
        );
      })}
    </main>
  );
}
