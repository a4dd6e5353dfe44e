import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { getClassGroups } from "@/lib/dal/classes";
import { requireArea } from "@/lib/dal/session";
import { deleteGroup } from "../../actions";
import { GroupForm } from "./group-form";

export const metadata: Metadata = { title: "分组" };

export default async function GroupsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireArea("teacher", `/teacher/classes/${id}/groups`);
  const cls = await getClassGroups(id);
  if (!cls) notFound();
  const grouped = new Set(cls.groups.flatMap((g) => g.members.map((m) => m.student.id)));
  const free = cls.enrollments.map((e) => e.student).filter((s) => !grouped.has(s.id));
  return (
    <div className="mx-auto max-w-3xl">
      <nav aria-label="面包屑" className="text-sm text-slate-500">
        <Link href="/teacher" className="hover:text-brand-700">
          教学管理
        </Link>
        <span aria-hidden> / </span>
        {cls.name}
      </nav>
      <h1 className="mt-2 text-2xl font-bold">分组：{cls.name}</h1>
      <p className="mt-2 text-slate-600">
        每组 2–6
        人。小组作业（如《网店客服手册》）全组共用一份，组员都能看到和修改；批改时可在“全班对比批改”里给整组打分，再单独调整某位同学。
      </p>
      <ul className="mt-6 space-y-3">
        {cls.groups.map((g) => (
          <li
            key={g.id}
            className="flex flex-wrap items-center justify-between gap-2 rounded-xl border border-slate-200 bg-white p-4"
            data-group={g.name}
          >
            <span>
              <span className="font-semibold">{g.name}</span>
              <span className="ml-2 text-slate-600">{g.members.map((m) => m.student.name).join("、")}</span>
            </span>
            <ActionForm action={deleteGroup} label={`解散${g.name}`}>
              <input type="hidden" name="groupId" value={g.id} />
              <button type="submit" className="min-h-9 rounded-md border border-red-300 px-3 text-sm text-red-700">
                解散
              </button>
            </ActionForm>
          </li>
        ))}
      </ul>
      {cls.groups.length === 0 ? <p className="mt-4 text-slate-500">还没有分组。</p> : null}
      <GroupForm classId={cls.id} students={free} nextName={`第${cls.groups.length + 1}组`} />
    </div>
  );
}
