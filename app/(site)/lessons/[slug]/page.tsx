import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LessonStatus } from "@/components/exercises/worksheet/lesson-status";
import { SubmitPanel } from "@/components/exercises/worksheet/submit-panel";
import { WorksheetProvider } from "@/components/exercises/worksheet/worksheet-provider";
import { LessonBody } from "@/components/mdx/lesson-body";
import { emptyAnswer } from "@/lib/exercises/answers";
import { exercisesOfLesson } from "@/lib/exercises/registry";
import { findLesson, lessons } from "@/lib/content/lessons";
import { ObjectivesBox } from "./objectives-box";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return lessons.map((lesson) => ({ slug: lesson.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lesson = findLesson((await params).slug);
  return lesson ? { title: lesson.title, description: lesson.summary } : {};
}

export default async function LessonPage({ params }: Props) {
  const lesson = findLesson((await params).slug);
  if (!lesson) notFound();
  const exercises = exercisesOfLesson(lesson.slug);
  const initial = Object.fromEntries(exercises.map((e) => [e.id, emptyAnswer(e)]));
  return (
    <article className="mx-auto max-w-3xl">
      <nav aria-label="面包屑" className="text-sm text-slate-500">
        <Link href="/lessons" className="hover:text-brand-700">
          课程
        </Link>
        <span aria-hidden> / </span>第 {lesson.order} 课
      </nav>
      <h1 className="mt-2 text-3xl font-bold text-slate-900">{lesson.title}</h1>
      <p className="mt-3 text-lg leading-8 text-slate-600">{lesson.summary}</p>
      <ObjectivesBox objectives={lesson.objectives} />
      <WorksheetProvider lesson={lesson.slug} initial={initial}>
        <LessonStatus />
        <div className="prose mt-8 max-w-none prose-slate prose-headings:scroll-mt-20 prose-a:text-brand-700 prose-th:bg-slate-50 prose-th:px-3 prose-td:px-3">
          <LessonBody slug={lesson.slug} />
        </div>
        {exercises.length > 0 ? (
          <SubmitPanel lessonUrl={lesson.url} titles={Object.fromEntries(exercises.map((e) => [e.id, e.title]))} />
        ) : null}
      </WorksheetProvider>
    </article>
  );
}
