import type { Metadata } from "next";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import Link from "next/link";
import { findLesson } from "@/lib/content/lessons";
import { ActionForm } from "@/components/ui/action-form";
import { clearSignInWait } from "@/lib/actions/accounts/sign-in-wait";
import { getTaughtClasses } from "@/lib/dal/classes";
import { getSignInWaits } from "@/lib/dal/sign-in-waits";
import { requireArea } from "@/lib/dal/session";
import { getRecentSubmissions } from "@/lib/dal/submissions";
import { SUBMISSION_STATUS_LABELS } from "@/lib/work/status";
import { lessons } from "@/lib/content/lessons";
import { exercisesOfLesson } from "@/lib/exercises/registry";
import { AssignForm } from "./_components/assign-form";
import { NewClassForm } from "./_components/new-class-form";
import { currentTerm, termOptions } from "@/lib/classes/terms";

export const metadata: Metadata = { title: "教学管理" };

export default async function TeacherHomePage() {
  const user = await requireArea("teacher", "/teacher");
  const [classes, submissions] = await Promise.all([getTaughtClasses(), getRecentSubmissions()]);
  const waits = await getSignInWaits(classes.flatMap((c) => c.enrollments.map((e) => e.student.id)));
  const assignable = lessons
    .filter((l) => exercisesOfLesson(l.slug).length > 0)
    .map((l) => ({ slug: l.slug, title: l.title }));
  return (
    <>
      <PageHeader title="教学管理" description={`${user.name}老师，你好！下面是你任教的班级。`}>
        <div className="flex flex-wrap gap-2">
          <Link href="/teacher/rubrics" className={buttonClass("secondary")}>
            评分标准
          </Link>
          <Link href="/teacher/plans" className={buttonClass("secondary")}>
            我的教案
          </Link>
        </div>
      </PageHeader>
      <section aria-labelledby="recent" className="mb-6 rounded-xl border border-slate-200 bg-white p-5">
        <h2 id="recent" className="font-semibold">
          最近提交
        </h2>
        {submissions.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">学生还没有提交作业。</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-100">
            {submissions.map((s) => (
              <li key={s.id}>
                <Link
                  href={`/teacher/submissions/${s.id}`}
                  className="flex flex-wrap items-baseline justify-between gap-2 py-2 hover:bg-slate-50"
                >
                  <span>
                    <span className="font-medium">{s.user.name}</span>
                    <span className="ml-2 text-slate-600">{findLesson(s.lessonSlug)?.title ?? s.lessonSlug}</span>
                    <span className="ml-2 text-sm text-slate-500">第 {s.version} 次</span>
                  </span>
                  <span className="text-sm text-slate-500">
                    {SUBMISSION_STATUS_LABELS[s.status]} ·{" "}
                    {s.submittedAt.toLocaleString("zh-CN", { hour12: false, timeZone: "Asia/Shanghai" })}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      {classes.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-5 text-slate-600">
          你还没有任教的班级。
        </p>
      ) : (
        <div className="space-y-6">
          {classes.map((c) => (
            <section
              key={c.id}
              aria-labelledby={`class-${c.id}`}
              className="rounded-xl border border-slate-200 bg-white p-5"
            >
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 id={`class-${c.id}`} className="text-lg font-semibold">
                  {c.name}
                </h2>
                <p className="text-sm text-slate-600">
                  {c.term ? `${c.term} · ` : ""}
                  {c.enrollments.length} 名学生 · 班级码{" "}
                  <span className="font-mono font-semibold tracking-wider text-slate-900">{c.joinCode}</span> ·{" "}
                  <Link href={`/teacher/classes/${c.id}/roster`} className="text-brand-700 underline">
                    导入名单
                  </Link>{" "}
                  ·{" "}
                  <Link href={`/teacher/classes/${c.id}/groups`} className="text-brand-700 underline">
                    分组
                  </Link>
                </p>
              </div>
              {user.role === "ADMIN" ? <p className="mt-1 text-sm text-slate-500">任课教师：{c.teacher.name}</p> : null}
              <h3 className="mt-4 text-sm font-semibold text-slate-700">作业</h3>
              {c.assignments.length === 0 ? (
                <p className="mt-1 text-sm text-slate-500">还没有布置作业。</p>
              ) : (
                <ul className="mt-1 divide-y divide-slate-100">
                  {c.assignments.map((a) => (
                    <li key={a.id}>
                      <Link
                        href={`/teacher/assignments/${a.id}`}
                        className="flex flex-wrap items-baseline justify-between gap-2 py-2 hover:bg-slate-50"
                      >
                        <span className="font-medium text-brand-800">
                          {findLesson(a.lessonSlug)?.title ?? a.lessonSlug}
                        </span>
                        <span className="text-sm text-slate-500">
                          截止 {a.dueAt.toLocaleString("zh-CN", { hour12: false, timeZone: "Asia/Shanghai" })} · 已交{" "}
                          {a._count.submissions} 份
                        </span>
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
              <AssignForm classId={c.id} lessons={assignable} />
              <div className="mt-4 overflow-x-auto">
                <table className="w-full min-w-[18rem] text-left text-sm">
                  <caption className="sr-only">{c.name} 学生名单</caption>
                  <thead className="border-b border-slate-200 text-slate-500">
                    <tr>
                      <th scope="col" className="py-2 pr-4 font-medium">
                        学号
                      </th>
                      <th scope="col" className="py-2 font-medium">
                        姓名
                      </th>
                      <th scope="col" className="py-2 font-medium">
                        <span className="sr-only">登录</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {c.enrollments.map(({ student }) => (
                      <tr key={student.id} className="border-b border-slate-100 last:border-0">
                        <td className="py-2 pr-4 font-mono">{student.username}</td>
                        <td className="py-2">{student.name}</td>
                        <td className="py-2 text-right">
                          {waits.has(student.id) ? (
                            <ActionForm
                              action={clearSignInWait}
                              className="inline-flex flex-wrap items-center justify-end gap-2"
                              label={`解除${student.name}的登录等待`}
                            >
                              <span className="text-xs text-amber-800">
                                密码已输错 {waits.get(student.id)} 次，登录要等待
                              </span>
                              <input type="hidden" name="userId" value={student.id} />
                              <button
                                type="submit"
                                className="min-h-9 rounded-md border border-slate-300 px-2 text-sm hover:bg-slate-50"
                              >
                                解除等待
                              </button>
                            </ActionForm>
                          ) : null}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          ))}
        </div>
      )}
      <div className="mt-6">
        <NewClassForm terms={termOptions(new Date())} currentTerm={currentTerm(new Date())} />
      </div>
    </>
  );
}
