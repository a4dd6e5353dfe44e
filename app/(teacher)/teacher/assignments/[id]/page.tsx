import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { findLesson } from "@/lib/content/lessons";
import { getAssignmentAnswers } from "@/lib/dal/assignments";
import { listTeacherPlans } from "@/lib/dal/plans";
import { requireArea } from "@/lib/dal/session";
import { cellKey } from "@/lib/exercises/kinds/cell-key";
import { exercisesOfLesson } from "@/lib/exercises/registry";
import type { TableAnswer } from "@/lib/exercises/answers";
import { exerciseProgress, mostMissedCells, objectiveAttainment, reflectionDraft } from "@/lib/work/progress";
import { ProgressPanel } from "./progress-panel";
import { ReflectionCard } from "./reflection-card";
import { SettingsCard } from "./settings-card";
import { ASSIGNMENT_STATUS_LABELS, type AssignmentStatus } from "@/lib/work/assignment-status";

export const metadata: Metadata = { title: "作业情况" };

const STATUS_TONE: Record<AssignmentStatus, string> = {
  NOT_STARTED: "bg-slate-100 text-slate-600",
  IN_PROGRESS: "bg-sky-50 text-sky-800",
  SUBMITTED: "bg-amber-50 text-amber-800",
  RETURNED: "bg-red-50 text-red-700",
  GRADED: "bg-green-50 text-green-800",
};

export default async function AssignmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireArea("teacher", `/teacher/assignments/${id}`);
  const [data, plans] = await Promise.all([getAssignmentAnswers(id), listTeacherPlans()]);
  if (!data) notFound();
  const { overview, submissions } = data;
  const exercises = exercisesOfLesson(overview.lessonSlug);
  const max = exercises.reduce((s, e) => s + e.points, 0);
  const time = (d: Date) => d.toLocaleString("zh-CN", { hour12: false, timeZone: "Asia/Shanghai" });
  const submitted = overview.rows.filter((r) => r.latest).length;
  const tables = exercises.flatMap((e) =>
    e.kind === "table" && e.rows.mode === "fixed"
      ? [
          {
            def: e,
            title: e.title,
            cells: e.rows.labels.flatMap((label, r) =>
              e.columns.map((c) => ({
                key: cellKey(r, c.key),
                label: e.columns.length > 1 ? `${label} · ${c.label}` : label,
              })),
            ),
          },
        ]
      : [],
  );
  const missed = mostMissedCells(tables, (t) =>
    submissions.map((s) => {
      const rows = (s.answers[tables[t]?.def.id ?? ""] as TableAnswer | undefined)?.rows;
      return rows
        ? Object.fromEntries(rows.flatMap((row, r) => Object.entries(row).map(([k, v]) => [cellKey(r, k), v])))
        : null;
    }),
  );
  const progressInput = {
    exercises,
    students: overview.rows.map((r) => ({
      name: r.student.name,
      submitted: !!r.latest,
      scores: r.latest?.parts ?? null,
    })),
  };
  const progress = exerciseProgress(progressInput);
  const attainment = objectiveAttainment(progressInput);
  return (
    <div>
      <nav aria-label="面包屑" className="text-sm text-slate-500">
        <Link href="/teacher" className="hover:text-brand-700">
          教学管理
        </Link>
        <span aria-hidden> / </span>
        {overview.class.name}
      </nav>
      <h1 className="mt-2 text-2xl font-bold">{findLesson(overview.lessonSlug)?.title ?? overview.lessonSlug}</h1>
      <p className="mt-2 text-slate-600">
        {overview.class.name} · 截止 {time(overview.dueAt)}
        {overview.cutoffAt ? ` · 最后提交 ${time(overview.cutoffAt)}` : ""} · 已交 {submitted} / {overview.rows.length}{" "}
        人 · 满分 {max} 分
      </p>
      <div className="mt-4 flex flex-wrap gap-2">
        <a
          href={`/api/assignments/${id}/gradebook`}
          className="inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 text-sm hover:bg-slate-50"
          download
        >
          导出成绩册（Excel）
        </a>
        <a
          href={`/api/assignments/${id}/gradebook?format=csv`}
          className="inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 text-sm hover:bg-slate-50"
          download
        >
          CSV
        </a>
        <Link
          href={`/teacher/assignments/${id}/archive`}
          className="inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 text-sm hover:bg-slate-50"
        >
          作业存档（打印）
        </Link>
        <Link
          href={`/teacher/assignments/${id}/compare`}
          className="inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 text-sm hover:bg-slate-50"
        >
          全班对比批改
        </Link>
      </div>
      <SettingsCard
        assignmentId={id}
        dueAt={overview.dueAt.toISOString()}
        cutoffAt={overview.cutoffAt?.toISOString() ?? null}
        checkMode={overview.checkMode}
        handedIn={submitted}
        students={overview.rows.map((r) => r.student)}
        extensions={overview.extensions.map((e) => ({
          studentId: e.studentId,
          dueAt: e.dueAt.toISOString(),
          cutoffAt: e.cutoffAt?.toISOString() ?? null,
        }))}
      />
      <ProgressPanel
        behind={overview.rows
          .filter((r) => !r.latest)
          .map((r) => ({
            name: r.student.name,
            username: r.student.username,
            status: ASSIGNMENT_STATUS_LABELS[r.status],
          }))}
        exercises={progress}
        objectives={attainment}
        missed={missed}
      />
      <div className="mt-6 overflow-x-auto rounded-xl border border-slate-200 bg-white">
        <table className="w-full min-w-[40rem] text-left text-sm whitespace-nowrap">
          <thead className="border-b border-slate-200 bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                学号
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                姓名
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                状态
              </th>
              {exercises.map((e) => (
                <th key={e.id} scope="col" className="px-3 py-2 font-medium" title={e.title}>
                  {e.title.slice(0, 8)}（{e.points}）
                </th>
              ))}
              <th scope="col" className="px-3 py-2 font-medium">
                总分
              </th>
              <th scope="col" className="px-3 py-2">
                <span className="sr-only">操作</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {overview.rows.map(({ student, latest, status }) => (
              <tr key={student.id} className="border-b border-slate-100 last:border-0" data-student={student.username}>
                <td className="px-3 py-2 font-mono">{student.username}</td>
                <td className="px-3 py-2">{student.name}</td>
                <td className="px-3 py-2">
                  <span className={`rounded px-1.5 py-0.5 ${STATUS_TONE[status]}`}>
                    {ASSIGNMENT_STATUS_LABELS[status]}
                  </span>
                  {latest?.late ? (
                    <span className="ml-1 rounded bg-red-50 px-1.5 py-0.5 text-red-700">迟交</span>
                  ) : null}
                </td>
                {exercises.map((e) => (
                  <td key={e.id} className="px-3 py-2 text-slate-700">
                    {latest?.parts[e.id] ?? "—"}
                  </td>
                ))}
                <td className="px-3 py-2 font-semibold">{latest?.total ?? "—"}</td>
                <td className="px-3 py-2">
                  {latest ? (
                    <Link href={`/teacher/submissions/${latest.id}`} className="text-brand-700 underline">
                      {latest.status === "SUBMITTED" ? "批改" : "查看"}
                    </Link>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ReflectionCard
        plans={plans.mine.map((p) => ({ id: p.id, title: p.title }))}
        draft={reflectionDraft({
          lesson: findLesson(overview.lessonSlug)?.title ?? overview.lessonSlug,
          className: overview.class.name,
          submitted,
          total: overview.rows.length,
          weakest: progress[0],
          attainment,
          missed,
        })}
      />
    </div>
  );
}
