import type { ExerciseOf } from "./definition";

/** Which 话术 checklist items the replies already meet (self-check; the teacher grades). */
export function checklistHits(def: Pick<ExerciseOf<"chat">, "checklist">, replies: readonly string[]): boolean[] {
  const text = replies.join("\n");
  return def.checklist.map((item) => item.anyOf.some((word) => text.includes(word)));
}
