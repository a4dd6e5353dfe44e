import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { findLesson } from "@/lib/content/lessons";
import { getMyAssignments } from "@/lib/dal/assignments";
import { getMyClasses } from "@/lib/dal/classes";
import { timeLeft } from "@/lib/work/timing";
import { JoinClassForm } from "./join-class-form";
import { requireArea } from "@/lib/dal/session";
import { ASSIGNMENT_STATUS_LABELS } from "@/lib/work/assignment-status";

export const metadata: Metadata = { title: "我的作业" };

export default async function StudentHomePage() {
  const user = await requireArea("student", "/student");
  const [classes, assignments] = await Promise.all([getMyClasses(), getMyAssignments()]);
  const now = new Date();
  return (
    <>
      <PageHeader title="我的作业" description={`${user.name}，你好！这里会列出老师布置给你的练习。`} />
      <section aria-labelledby="assignments" className="rounded-xl border border-slate-200 bg-white p-5">
        <h2 id="assignments" className="font-semibold">
          作业
        </h2>
        {assignments.length === 0 ? (
          <p className="mt-3 text-slate-600">
            老师还没有布置作业。可以先去
            <Link href="/lessons" className="mx-1 text-brand-700 underline">
              课程
            </Link>
            预习。
          </p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-100">
            {assignments.map((a) => (
              <li key={a.id} data-assignment={a.lessonSlug}>
                <Link
                  href={`/lessons/${a.lessonSlug}`}
                  className="flex flex-wrap items-center justify-between gap-2 py-3 hover:bg-slate-50"
                >
                  <span>
                    <span className="font-medium text-brand-800">
                      {findLesson(a.lessonSlug)?.title ?? a.lessonSlug}
                    </span>
                    <span className="ml-2 text-sm text-slate-500">{a.class.name}</span>
                  </span>
                  <span className="flex items-center gap-2 text-sm">
                    <span className="rounded bg-slate-100 px-1.5 py-0.5 text-slate-700" data-testid="assignment-status">
                      {ASSIGNMENT_STATUS_LABELS[a.status]}
                    </span>
                    {a.status === "GRADED" && a.score !== null ? (
                      <span className="font-semibold text-green-700">{a.score} 分</span>
                    ) : null}
                    {a.late ? <span className="text-red-700">迟交</span> : null}
                    {a.extended ? <span className="rounded bg-sky-100 px-1.5 py-0.5 text-sky-900">已延期</span> : null}
                    {a.status === "GRADED" || a.status === "SUBMITTED" ? null : (
                      <span className="text-slate-500">{timeLeft(now, a.dueAt)}</span>
                    )}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="classes" className="mt-6">
        <h2 id="classes" className="mb-3 font-semibold">
          我的班级
        </h2>
        {classes.length === 0 ? (
          <p className="rounded-xl border border-dashed border-slate-300 bg-white p-5 text-slate-600">
            你还没有加入班级，请向任课教师要班级码。
          </p>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2">
            {classes.map((c) => (
              <li key={c.id} className="rounded-xl border border-slate-200 bg-white p-5">
                <p className="text-lg font-semibold">{c.name}</p>
                <p className="mt-1 text-sm text-slate-600">
                  {c.term ? `${c.term} · ` : ""}任课教师：{c.teacher.name}
                </p>
              </li>
            ))}
          </ul>
        )}
        <JoinClassForm />
      </section>
    </>
  );
}
