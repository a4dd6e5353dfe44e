// GET /api/teacher-plans/:id/docx — a teacher's own (or a shared) plan as a Word file.
import { verifySession } from "@/lib/dal/session";
import { getTeacherPlan } from "@/lib/dal/plans";
import { jsonError } from "@/lib/http";
import { docxResponse } from "@/lib/plans/docx-response";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await verifySession();
  if (!user) return jsonError(401, "请先登录。");
  if (user.role === "STUDENT" || user.mustChangePassword) return jsonError(404, "找不到这份教案。");
  const loaded = await getTeacherPlan((await params).id);
  if (!loaded?.plan) return jsonError(404, "找不到这份教案，或它还没写完。");
  return docxResponse(loaded.plan, "private, no-store");
}
