import type { Exercise } from "./definition";
import { kindOf } from "./kinds";
import type { Feedback } from "./kinds/types";

// What a student sees after pressing 检查 on an auto-graded exercise: the kind's own marking, the
// same one that gives the grade.
export type { Feedback, ItemMark } from "./kinds/types";

export function feedbackFor(def: Exercise, answer: unknown): Feedback | null {
  const kind = kindOf(def);
  return kind.autoGraded ? kind.mark(def, answer ?? undefined) : null;
}

/**
 * The same marks without anything that gives the key away (for checks on assessed work): no
 * explanations, and where the keys are the answer (an order exercise's step ids) only positions.
 */
export function withoutKey(def: Exercise, feedback: Feedback): Feedback {
  const kind = kindOf(def);
  const positions = kind.autoGraded && kind.keysRevealAnswer;
  const items = feedback.items.map(({ key, correct }, i) => ({ key: positions ? `#${i + 1}` : key, correct }));
  return { grade: feedback.grade, items };
}
