// POST /api/exercises/:id/check — grade an answer to an auto-graded exercise: with the
// explanation for visitors and practice work, right-or-wrong only (and counted) on assessed work.
import { guarded, isSameOrigin, jsonError, readJson } from "@/lib/http";
import { exerciseMessages as m } from "@/lib/messages/exercises";
import { checkMyAnswer } from "@/lib/work/check";
import { respond } from "@/lib/work/respond";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!isSameOrigin(request)) return jsonError(403, m.crossSite);
  const { id } = await params;
  return guarded(async () => {
    const body = await readJson(request, 64 * 1024);
    if (!body.ok) return body.response;
    return respond(await checkMyAnswer(id, body.value));
  });
}
