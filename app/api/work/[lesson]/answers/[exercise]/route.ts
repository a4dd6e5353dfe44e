// PUT /api/work/:lesson/answers/:exercise — autosave one exercise: { value, baseVersion } → { version }.
import { verifySession } from "@/lib/dal/session";
import { guarded, isSameOrigin, jsonError, readJson } from "@/lib/http";
import { exerciseMessages as m } from "@/lib/messages/exercises";
import { throttleBySessionCookie, throttleWorkUser } from "@/lib/security/rate-limit";
import { respond } from "@/lib/work/respond";
import { saveMyAnswer } from "@/lib/work/work";

const MAX_BODY_BYTES = 256 * 1024;

export async function PUT(request: Request, { params }: { params: Promise<{ lesson: string; exercise: string }> }) {
  if (!isSameOrigin(request)) return jsonError(403, m.crossSite);
  const { lesson, exercise } = await params;
  return guarded(async () => {
    // Who is asking, and whether they are over the save limit, before a byte of the body is read.
    const early = await throttleBySessionCookie(request);
    if (early) return early;
    const user = await verifySession();
    if (!user) return jsonError(401, m.notSignedIn);
    if (user.role !== "STUDENT" || user.mustChangePassword) return jsonError(403, m.forbidden);
    const throttled = await throttleWorkUser(user.id);
    if (throttled) return throttled;
    const body = await readJson(request, MAX_BODY_BYTES);
    if (!body.ok) return body.response;
    return respond(await saveMyAnswer(lesson, exercise, body.value));
  });
}
