// POST /api/work/:lesson/submit — submit the current drafts: { idempotencyKey } → the submission receipt.
import { verifySession } from "@/lib/dal/session";
import { guarded, isSameOrigin, jsonError, readJson } from "@/lib/http";
import { exerciseMessages as m } from "@/lib/messages/exercises";
import { throttleBySessionCookie, throttleWorkUser } from "@/lib/security/rate-limit";
import { respond } from "@/lib/work/respond";
import { submitMyLesson } from "@/lib/work/work";

export async function POST(request: Request, { params }: { params: Promise<{ lesson: string }> }) {
  if (!isSameOrigin(request)) return jsonError(403, m.crossSite);
  const { lesson } = await params;
  return guarded(async () => {
    // Who is asking, and whether they are over the write limit, before a byte of the body is read.
    const early = await throttleBySessionCookie(request);
    if (early) return early;
    const user = await verifySession();
    if (!user) return jsonError(401, m.notSignedIn);
    if (user.role !== "STUDENT" || user.mustChangePassword) return jsonError(403, m.forbidden);
    const throttled = await throttleWorkUser(user.id);
    if (throttled) return throttled;
    const body = await readJson(request, 4 * 1024);
    if (!body.ok) return body.response;
    return respond(await submitMyLesson(lesson, body.value));
  });
}
