import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getOwnClass } from "@/lib/dal/classes";
import { requireArea } from "@/lib/dal/session";
import { termOptions } from "@/lib/classes/terms";
import { ClassSettings } from "./class-settings";
import { ReissueSlips } from "./reissue-slips";
import { RosterImport } from "./roster-import";

export const metadata: Metadata = { title: "导入学生名单" };

export default async function RosterPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireArea("teacher", `/teacher/classes/${id}/roster`);
  const cls = await getOwnClass(id);
  if (!cls) notFound();
  return (
    <div className="mx-auto max-w-4xl">
      <nav aria-label="面包屑" className="text-sm text-slate-500 print:hidden">
        <Link href="/teacher" className="hover:text-brand-700">
          教学管理
        </Link>
        <span aria-hidden> / </span>
        {cls.name}
      </nav>
      <h1 className="mt-2 text-2xl font-bold print:hidden">导入学生名单：{cls.name}</h1>
      <p className="mt-2 text-slate-600 print:hidden">
        现有 {cls._count.enrollments} 名学生。学生也可以登录后输入班级码{" "}
        <span className="font-mono font-semibold">{cls.joinCode}</span> 自己加入。
      </p>
      <RosterImport classId={cls.id} className={cls.name} />
      <ReissueSlips classId={cls.id} className={cls.name} students={cls.enrollments.map((e) => e.student)} />
      <ClassSettings
        classId={cls.id}
        name={cls.name}
        term={cls.term}
        terms={termOptions(new Date())}
        students={cls.enrollments.map((e) => e.student)}
      />
    </div>
  );
}
