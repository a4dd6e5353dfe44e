import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "教案" };

export default function PlansPage() {
  return (
    <>
      <PageHeader title="教案" description="按学校通用模板编写的教学设计，可在线查看、打印和下载 Word。" />
      <p className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
        还没有发布的教案。
      </p>
    </>
  );
}
