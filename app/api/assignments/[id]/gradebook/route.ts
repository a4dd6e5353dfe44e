// GET /api/assignments/:id/gradebook[?format=csv] — the assignment's 成绩册 (.xlsx, or CSV with a BOM), for its teacher.
import { findLesson } from "@/lib/content/lessons";
import { getAssignmentOverview } from "@/lib/dal/assignments";
import { verifySession } from "@/lib/dal/session";
import { exercisesOfLesson } from "@/lib/exercises/registry";
import { gradebookXlsx } from "@/lib/export/gradebook";
import { gradebookCsv } from "@/lib/export/gradebook-csv";
import { jsonError } from "@/lib/http";
import { ASSIGNMENT_STATUS_LABELS } from "@/lib/work/assignment-status";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await verifySession();
  if (!user) return jsonError(401, "请先登录。");
  if (user.role === "STUDENT" || user.mustChangePassword) return jsonError(404, "找不到这份作业。");
  const overview = await getAssignmentOverview((await params).id);
  if (!overview) return jsonError(404, "找不到这份作业。");
  const lesson = findLesson(overview.lessonSlug)?.title ?? overview.lessonSlug;
  const exercises = exercisesOfLesson(overview.lessonSlug);
  const rows = overview.rows.map(({ student, latest, status }) => ({
    username: student.username,
    name: student.name,
    status: ASSIGNMENT_STATUS_LABELS[status],
    late: latest?.late ?? false,
    submittedAt: latest?.submittedAt ?? null,
    scores: Object.fromEntries(exercises.map((e) => [e.id, latest?.parts[e.id] ?? null])),
    total: latest?.total ?? null,
  }));
  if (new URL(request.url).searchParams.get("format") === "csv") {
    return new Response(gradebookCsv(exercises, rows), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="gradebook.csv"; filename*=UTF-8''${encodeURIComponent(`${overview.class.name}-${lesson}-成绩册.csv`)}`,
        "Cache-Control": "private, no-store",
      },
    });
  }
  const bytes = await gradebookXlsx(`${overview.class.name} · ${lesson} · 成绩册`, exercises, rows);
  const filename = `${overview.class.name}-${lesson}-成绩册.xlsx`;
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="gradebook.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "Cache-Control": "private, no-store",
    },
  });
}
