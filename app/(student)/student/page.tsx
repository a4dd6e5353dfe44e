import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { getMyClasses } from "@/lib/dal/classes";
import { requireArea } from "@/lib/dal/session";

export const metadata: Metadata = { title: "我的作业" };

export default async function StudentHomePage() {
  const user = await requireArea("student", "/student");
  const classes = await getMyClasses();
  return (
    <>
      <PageHeader title="我的作业" description={`${user.name}，你好！这里会列出老师布置给你的练习。`} />
      <section aria-labelledby="assignments" className="rounded-xl border border-slate-200 bg-white p-5">
        <h2 id="assignments" className="font-semibold">待完成的作业</h2>
        <p className="mt-3 text-slate-600">
          老师还没有布置作业。可以先去
          <Link href="/lessons" className="mx-1 text-brand-700 underline">
            课程
          </Link>
          预习。
        </p>
      </section>
      <section aria-labelledby="classes" className="mt-6">
        <h2 id="classes" className="mb-3 font-semibold">我的班级</h2>
        {classes.length === 0 ? (
          <p className="rounded-xl border border-dashed border-slate-300 bg-white p-5 text-slate-600">你还没有加入班级，请向任课教师要班级码。</p>
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
      </section>
    </>
  );
}
