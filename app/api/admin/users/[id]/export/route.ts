// GET /api/admin/users/:id/export — everything stored about one student, as JSON, for an admin.
import { verifySession } from "@/lib/dal/session";
import { prisma } from "@/lib/db";
import { jsonError } from "@/lib/http";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const admin = await verifySession();
  if (!admin) return jsonError(401, "请先登录。");
  if (admin.role !== "ADMIN" || admin.mustChangePassword) return jsonError(404, "找不到这个账号。");
  const user = await prisma.user.findFirst({
    where: { id: (await params).id, role: "STUDENT" },
    select: {
      username: true,
      name: true,
      email: true,
      createdAt: true,
      enrollments: { select: { createdAt: true, class: { select: { name: true, term: true } } } },
      answers: { select: { lessonSlug: true, exerciseId: true, value: true, version: true, updatedAt: true } },
      submissions: {
        select: {
          lessonSlug: true,
          version: true,
          status: true,
          submittedAt: true,
          late: true,
          answers: true,
          autoScore: true,
          score: true,
          comment: true,
          reviews: { select: { exerciseId: true, score: true, comment: true } },
        },
      },
    },
  });
  if (!user) return jsonError(404, "找不到这个学生账号。");
  const data = {
    exportedAt: new Date().toISOString(),
    ...user,
    answers: user.answers.map((a) => ({ ...a, value: JSON.parse(a.value) as unknown })),
    submissions: user.submissions.map((s) => ({ ...s, answers: JSON.parse(s.answers) as unknown })),
  };
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="student-data.json"`,
      "Cache-Control": "private, no-store",
    },
  });
}
