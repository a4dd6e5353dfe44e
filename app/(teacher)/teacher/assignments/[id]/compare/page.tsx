import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { findLesson } from "@/lib/content/lessons";
import { getAssignmentAnswers } from "@/lib/dal/assignments";
import { requireArea } from "@/lib/dal/session";
import { answerText, groupAnswers, type CellRef } from "@/lib/exercises/answer-text";
import { cellKey } from "@/lib/exercises/kinds/cell-key";
import { exercisesOfLesson } from "@/lib/exercises/registry";
import { partScore } from "@/lib/grades/total";
import { GroupReview } from "./group-review";

export const metadata: Metadata = { title: "全班对比批改" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ ex?: string; cell?: string }> };

export default async function ComparePage({ params, searchParams }: Props) {
  const { id } = await params;
  await requireArea("teacher", `/teacher/assignments/${id}/compare`);
  const data = await getAssignmentAnswers(id);
  if (!data) notFound();
  const exercises = exercisesOfLesson(data.overview.lessonSlug);
  const query = await searchParams;
  const def = exercises.find((e) => e.id === query.ex) ?? exercises[0];
  if (!def) notFound();

  // For a table, one cell at a time ("row:column"); other kinds compare the whole answer.
  const cells: { value: string; label: string; ref: CellRef }[] =
    def.kind === "table"
      ? Array.from({ length: def.rows.mode === "fixed" ? def.rows.labels.length : def.rows.initial }, (_, row) =>
          def.columns.map((c) => ({
            value: cellKey(row, c.key),
            label: `${def.rows.mode === "fixed" ? def.rows.labels[row] : `第 ${row + 1} 行`} · ${c.label}`,
            ref: { row, column: c.key },
          })),
        ).flat()
      : [];
  const cell = cells.find((c) => c.value === query.cell)?.ref ?? cells[0]?.ref;
  const groups = groupAnswers(data.submissions, (s) => answerText(def, s.answers[def.id], cell));

  return (
    <div>
      <nav aria-label="面包屑" className="text-sm text-slate-500">
        <Link href={`/teacher/assignments/${id}`} className="hover:text-brand-700">
          {findLesson(data.overview.lessonSlug)?.title}
        </Link>
        <span aria-hidden> / </span>全班对比批改
      </nav>
      <h1 className="mt-2 text-2xl font-bold">全班对比批改</h1>
      <p className="mt-2 text-slate-600">
        同一道题（或同一格）全班的答案放在一起，意思相同、只差空格标点或全半角的答案归为一组，可以一次给整组打分；表格按格比较时，给整组写这一格的评语，不改各人这道题的分数。
      </p>
      <form className="mt-4 flex flex-wrap items-end gap-2 rounded-xl border border-slate-200 bg-white p-4">
        <label className="text-sm">
          <span className="block text-slate-600">练习</span>
          <select
            name="ex"
            defaultValue={def.id}
            className="mt-1 min-h-10 max-w-xs rounded-md border border-slate-300 px-2"
          >
            {exercises.map((e) => (
              <option key={e.id} value={e.id}>
                {e.title}
              </option>
            ))}
          </select>
        </label>
        {cells.length ? (
          <label className="text-sm">
            <span className="block text-slate-600">表格中的格</span>
            <select
              name="cell"
              defaultValue={cell ? cellKey(cell.row, cell.column) : ""}
              className="mt-1 min-h-10 max-w-xs rounded-md border border-slate-300 px-2"
            >
              {cells.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <button type="submit" className="min-h-10 rounded-md border border-slate-300 px-4 text-sm">
          查看
        </button>
      </form>
      <ol className="mt-6 space-y-4">
        {groups.map((group) => (
          <li
            key={group.key || "empty"}
            className="rounded-xl border border-slate-200 bg-white p-4"
            data-group-size={group.members.length}
          >
            <p className="text-sm text-slate-500">
              {group.members.length} 人：{group.members.map((m) => m.user.name).join("、")}
            </p>
            <p className="mt-2 rounded-md bg-slate-50 p-3 leading-7 whitespace-pre-wrap">
              {group.text || "（未作答）"}
            </p>
            <GroupReview
              submissionIds={group.members.map((m) => m.id)}
              exerciseId={def.id}
              points={def.points}
              cell={cell ? cellKey(cell.row, cell.column) : undefined}
              current={group.members.map((m) => ({
                name: m.user.name,
                score: partScore(
                  def,
                  m.answers[def.id],
                  m.reviews.find((r) => r.exerciseId === def.id),
                ),
              }))}
            />
          </li>
        ))}
      </ol>
      {groups.length === 0 ? <p className="mt-6 text-slate-600">还没有学生提交。</p> : null}
    </div>
  );
}
