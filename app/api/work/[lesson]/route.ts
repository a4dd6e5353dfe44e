// GET /api/work/:lesson — the signed-in student's drafts and latest submission for a lesson.
import { guarded } from "@/lib/http";
import { respond } from "@/lib/work/respond";
import { getMyLessonWork } from "@/lib/work/work";

export async function GET(_request: Request, { params }: { params: Promise<{ lesson: string }> }) {
  const { lesson } = await params;
  return guarded(async () => respond(await getMyLessonWork(lesson)));
}
