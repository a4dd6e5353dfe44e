import type { ExerciseOf } from "./definition";

/**
 * 客服禁用语: phrases no customer-service reply may use. A checklist word inside one of them
 * does not count ("别考虑了" is no invitation to 考虑), and the self-check names them.
 */
export const FORBIDDEN_PHRASES = [
  "爱买不买",
  "不买拉倒",
  "别考虑了",
  "别比较了",
  "自己看",
  "不知道",
  "我也没办法",
  "没办法",
  "找快递去",
  "跟我没关系",
  "与我无关",
  "问别人",
  "你自己",
  "烦不烦",
] as const;

/** The 禁用语 the replies contain, in list order. */
export function forbiddenIn(replies: readonly string[]): string[] {
  const text = replies.join("\n");
  return FORBIDDEN_PHRASES.filter((phrase) => text.includes(phrase));
}

/** Which 话术 checklist items the replies already meet (self-check; the teacher grades). */
export function checklistHits(def: Pick<ExerciseOf<"chat">, "checklist">, replies: readonly string[]): boolean[] {
  const text = FORBIDDEN_PHRASES.reduce((t, phrase) => t.split(phrase).join("\n"), replies.join("\n"));
  return def.checklist.map((item) => item.anyOf.some((word) => text.includes(word)));
}
