import type { Plan } from "@/lib/plans/schema";
import { PlanTable } from "./plan-table";
import { PrintButton } from "./print-button";

/** An A4 sheet in the familiar 表格式 教案 look, without the site's header and footer. */
export function PrintPage({ plan, backHref }: { plan: Plan; backHref: string }) {
  return (
    <main className="mx-auto max-w-[210mm] bg-white px-[12mm] py-[10mm] print:max-w-none print:p-0">
      <div className="mb-4 flex items-center justify-between gap-2 print:hidden">
        <a href={backHref} className="text-sm text-brand-700 underline">
          ← 返回教案
        </a>
        <PrintButton />
      </div>
      <h1 className="mb-3 text-center text-2xl font-bold tracking-[0.5em]">教案</h1>
      <PlanTable plan={plan} />
    </main>
  );
}
