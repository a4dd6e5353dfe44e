// POST /api/exercises/:id/check — grade an answer to an auto-graded exercise: with the
// explanation for visitors and practice work, right-or-wrong only (and counted) on assessed work.
import { verifySession } from "@/lib/dal/session";
import { guarded, isSameOrigin, jsonError, readJson } from "@/lib/http";
import { exerciseMessages as m } from "@/lib/messages/exercises";
import { throttleBySessionCookie, throttleWorkUser } from "@/lib/security/rate-limit";
import { checkMyAnswer } from "@/lib/work/check";
import { respond } from "@/lib/work/respond";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!isSameOrigin(request)) return jsonError(403, m.crossSite);
  const { id } = await params;
  return guarded(async () => {
    // Visitors may check too (no account, nothing stored); a signed-in user's checks count
    // against their write limit, decided before the body is read.
    const early = await throttleBySessionCookie(request);
    if (early) return early;
    const user = await verifySession();
    const throttled = user ? await throttleWorkUser(user.id) : null;
    if (throttled) return throttled;
    const body = await readJson(request, 64 * 1024);
    if (!body.ok) return body.response;
    return respond(await checkMyAnswer(id, body.value));
  });
}
