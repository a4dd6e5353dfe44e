// POST /api/work/:lesson/submit — submit the current drafts: { idempotencyKey } → the submission receipt.
import { guarded, isSameOrigin, jsonError, readJson } from "@/lib/http";
import { exerciseMessages as m } from "@/lib/messages/exercises";
import { respond } from "@/lib/work/respond";
import { submitMyLesson } from "@/lib/work/work";

export async function POST(request: Request, { params }: { params: Promise<{ lesson: string }> }) {
  if (!isSameOrigin(request)) return jsonError(403, m.crossSite);
  const { lesson } = await params;
  return guarded(async () => {
    const body = await readJson(request, 4 * 1024);
    if (!body.ok) return body.response;
    return respond(await submitMyLesson(lesson, body.value));
  });
}
