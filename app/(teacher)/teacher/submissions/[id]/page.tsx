import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnswerView } from "@/components/exercises/answer-view";
import { findLesson } from "@/lib/content/lessons";
import { requireArea } from "@/lib/dal/session";
import { getCommentBank } from "@/lib/dal/comment-bank";
import { getRubricsForReview } from "@/lib/dal/rubrics";
import { parseGivenLevel } from "@/lib/rubrics/rubric";
import { getSubmissionForReview, type ReviewQueue } from "@/lib/dal/submissions";
import { OBJECTIVE_LABELS } from "@/lib/exercises/definition";
import { feedbackFor } from "@/lib/exercises/feedback";
import { toPublicExercise } from "@/lib/exercises/public";
import { exercisesOfLesson } from "@/lib/exercises/registry";
import { SUBMISSION_STATUS_LABELS } from "@/lib/work/status";
import { ReferenceAnswers } from "./reference-answers";
import { ReviewForm } from "./review-form";
import { changedParts, tableCells } from "@/lib/exercises/answer-text";
import { ChangesSincePrevious } from "./changes-since-previous";

export const metadata: Metadata = { title: "查看提交" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ queue?: string }> };

export default async function SubmissionPage({ params, searchParams }: Props) {
  const { id } = await params;
  const queue: ReviewQueue = (await searchParams).queue === "ungraded" ? "ungraded" : "all";
  await requireArea("teacher", `/teacher/submissions/${id}`);
  const [submission, bank] = await Promise.all([getSubmissionForReview(id, queue), getCommentBank()]);
  if (!submission) notFound();
  const lesson = findLesson(submission.lessonSlug);
  const exercises = exercisesOfLesson(submission.lessonSlug);
  const rubrics = await getRubricsForReview(exercises.map((d) => d.id));
  const href = (to: string | null) =>
    to ? `/teacher/submissions/${to}${queue === "ungraded" ? "?queue=ungraded" : ""}` : null;

  return (
    <div className="mx-auto max-w-4xl xl:max-w-none">
      <nav aria-label="面包屑" className="text-sm text-slate-500">
        <Link href="/teacher" className="hover:text-brand-700">
          教学管理
        </Link>
        <span aria-hidden> / </span>查看提交
      </nav>
      <h1 className="mt-2 text-2xl font-bold">
        {submission.user.name}（{submission.user.username}）· {lesson?.title ?? submission.lessonSlug}
      </h1>
      <p className="mt-2 text-slate-600">
        第 {submission.version} 次提交 ·{" "}
        {submission.submittedAt.toLocaleString("zh-CN", { hour12: false, timeZone: "Asia/Shanghai" })} ·{" "}
        {SUBMISSION_STATUS_LABELS[submission.status]}
        {submission.autoMax ? ` · 自动批改 ${submission.autoScore} / ${submission.autoMax} 分` : ""}
        {submission.late ? " · 迟交" : ""}
        {submission.score !== null ? ` · 总分 ${submission.score}` : ""}
      </p>
      <p className="mt-1 text-sm text-slate-600">
        {queue === "ungraded" ? (
          <>
            只看未批改的同学（还有 {submission.ungraded} 份）·{" "}
            <Link href={`/teacher/submissions/${submission.id}`} className="text-brand-700 underline">
              看全部
            </Link>
          </>
        ) : (
          <Link href={`/teacher/submissions/${submission.id}?queue=ungraded`} className="text-brand-700 underline">
            只看未批改（{submission.ungraded} 份），J / K 跳过已批改的
          </Link>
        )}
      </p>
      <div className="mt-6">
        <ReviewForm
          key={submission.id}
          submissionId={submission.id}
          bank={bank}
          comment={submission.comment}
          prevHref={href(submission.prevId)}
          nextHref={href(submission.nextId)}
          answers={Object.fromEntries(
            exercises.map((def) => {
              const value = submission.answers[def.id];
              const feedback = value === undefined ? null : feedbackFor(def, value);
              return [
                def.id,
                <div key={def.id} data-exercise={def.id}>
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <h2 className="text-lg font-semibold">{def.title}</h2>
                    <p className="text-sm text-slate-500">
                      {def.points} 分 · {def.objectives.map((o) => OBJECTIVE_LABELS[o]).join("、")}
                      {feedback?.grade.auto ? ` · 自动得分 ${feedback.grade.score}` : ""}
                    </p>
                  </div>
                  <div className="mt-3">
                    {value === undefined ? (
                      <p className="rounded-md bg-slate-50 p-3 text-sm text-slate-500">未作答</p>
                    ) : (
                      <AnswerView exercise={toPublicExercise(def)} value={value} feedback={feedback} />
                    )}
                  </div>
                  {submission.previousAnswers ? (
                    <ChangesSincePrevious
                      version={submission.version - 1}
                      changes={changedParts(def, submission.previousAnswers[def.id], value)}
                    />
                  ) : null}
                  <ReferenceAnswers exercise={def} />
                </div>,
              ];
            }),
          )}
          rows={exercises.map((def) => {
            // A resubmission not yet reviewed starts from the previous version's review, marked as carried over.
            const own = submission.reviews.find((r) => r.exerciseId === def.id);
            const carried =
              submission.reviews.length === 0
                ? submission.previousReviews.find((r) => r.exerciseId === def.id)
                : undefined;
            const review = own ?? carried;
            const value = submission.answers[def.id];
            const grade = value === undefined ? null : feedbackFor(def, value)?.grade;
            return {
              exerciseId: def.id,
              title: def.title,
              points: def.points,
              score: own?.score ?? (grade?.auto ? grade.score : (carried?.score ?? null)),
              comment: review?.comment ?? "",
              auto: !!grade?.auto,
              carriedFrom: carried ? submission.version - 1 : null,
              cells: tableCells(def, value),
              rubric: rubrics[def.id],
              rubricLevel: parseGivenLevel(review?.rubricLevel),
              cellComments: review ? (JSON.parse(review.cells) as Record<string, string>) : {},
            };
          })}
        />
      </div>
    </div>
  );
}
