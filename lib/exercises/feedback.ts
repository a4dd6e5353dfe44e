import type { ChoiceAnswer, ClassifyAnswer, NumericAnswer, OrderAnswer } from "./answers";
import type { Exercise } from "./definition";
import { gradeExercise, parseTypedNumber, type Grade } from "./grading";

// What a student sees after pressing 检查 on an auto-graded exercise.
export type Feedback = {
  grade: Grade;
  /** Per question, item or position: right or not, with what the student should learn from it. */
  items: { key: string; correct: boolean; note?: string }[];
};

export function feedbackFor(def: Exercise, answer: unknown): Feedback | null {
  const grade = gradeExercise(def, answer);
  if (!grade.auto) return null;
  switch (def.kind) {
    case "choice": {
      const a = (answer ?? {}) as ChoiceAnswer;
      return {
        grade,
        items: def.questions.map((q) => {
          const chosen = a[q.id] ?? [];
          const correct = chosen.length === q.answer.length && chosen.every((x) => q.answer.includes(x));
          const right = q.options.filter((o) => q.answer.includes(o.id)).map((o) => o.text).join("、");
          return { key: q.id, correct, note: `正确答案：${right}。${q.explanation}` };
        }),
      };
    }
    case "classify": {
      const a = (answer ?? {}) as ClassifyAnswer;
      const label = new Map(def.buckets.map((b) => [b.id, b.label]));
      return {
        grade,
        items: def.items.map((i) => ({ key: i.id, correct: a[i.id] === i.bucket, note: `应归入“${label.get(i.bucket)}”` })),
      };
    }
    case "order": {
      const a = (answer ?? []) as OrderAnswer;
      return {
        grade,
        items: def.steps.map((s, i) => ({ key: s.id, correct: a[i] === s.id, note: `第 ${i + 1} 步：${s.text}` })),
      };
    }
    case "numeric": {
      const a = (answer ?? {}) as NumericAnswer;
      return {
        grade,
        items: def.questions.map((q) => {
          const n = parseTypedNumber(a[q.id]);
          return {
            key: q.id,
            correct: n !== null && Math.abs(n - q.answer) <= q.tolerance + 1e-9,
            note: `公式：${q.formula}；答案约为 ${q.answer}${q.unit}`,
          };
        }),
      };
    }
    default:
      return null;
  }
}

/**
 * The same marks without anything that gives the key away (for checks on assessed work): no
 * explanations, and for an order exercise no step ids (their order is the answer), only positions.
 */
export function withoutKey(def: Exercise, feedback: Feedback): Feedback {
  return { grade: feedback.grade, items: feedback.items.map(({ key, correct }, i) => ({ key: def.kind === "order" ? `#${i + 1}` : key, correct })) };
}
