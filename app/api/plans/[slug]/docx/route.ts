// GET /api/plans/:slug/docx — a built-in plan as a Word file (A4, the 表格式 教案 layout).
import { jsonError } from "@/lib/http";
import { findBuiltinPlan } from "@/lib/plans/builtin";
import { docxResponse } from "@/lib/plans/docx-response";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const found = findBuiltinPlan((await params).slug);
  if (!found) return jsonError(404, "找不到这份教案。");
  return docxResponse(found.plan);
}
