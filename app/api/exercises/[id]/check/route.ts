// POST /api/exercises/:id/check — grade an answer to an auto-graded exercise and explain it.
// Pure computation on the posted answer: no session and no database needed.
import { isSameOrigin, json, jsonError, readJson } from "@/lib/http";
import { checkAnswer } from "@/lib/exercises/answers";
import { feedbackFor } from "@/lib/exercises/feedback";
import { findExercise } from "@/lib/exercises/registry";
import { exerciseMessages as m } from "@/lib/messages/exercises";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!isSameOrigin(request)) return jsonError(403, m.crossSite);
  const def = findExercise((await params).id);
  if (!def) return jsonError(404, m.unknownExercise);
  const body = await readJson(request, 64 * 1024);
  if (!body.ok) return body.response;
  const checked = checkAnswer(def, (body.value as { value?: unknown } | null)?.value);
  if (!checked.ok) return jsonError(400, checked.message);
  const feedback = feedbackFor(def, checked.value);
  return feedback ? json(feedback) : jsonError(400, "这道题由老师批改，不能自动检查。");
}
