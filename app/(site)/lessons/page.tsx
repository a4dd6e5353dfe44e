import type { Metadata } from "next";
import Link from "next/link";
import { lessons } from "@/lib/content/lessons";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "课程" };

export default function LessonsPage() {
  return (
    <>
      <PageHeader title="课程" description="按顺序学习，每一课都配有随堂练习。" />
      <ol className="grid gap-4 md:grid-cols-2">
        {lessons.map((lesson) => (
          <li key={lesson.slug}>
            <Link
              href={lesson.url}
              className="block h-full rounded-xl border border-slate-200 bg-white p-5 transition-shadow hover:shadow-md focus-visible:outline-2 focus-visible:outline-brand-600"
            >
              <p className="text-sm text-brand-700">
                第 {lesson.order} 课 · 约 {lesson.minutes} 分钟
              </p>
              <h2 className="mt-1 text-lg font-semibold text-slate-900">{lesson.title}</h2>
              <p className="mt-2 text-sm leading-6 text-slate-600">{lesson.summary}</p>
            </Link>
          </li>
        ))}
      </ol>
    </>
  );
}
