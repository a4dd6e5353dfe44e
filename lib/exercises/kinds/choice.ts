import { z } from "zod";
import { KIND_FACTS } from "../labels";
import { baseFields, id, sameSet, scoreMarks, text } from "./shared";
import type { KindModule } from "./types";

// Single and multiple choice questions; each question is right only with exactly the right options.

export const choiceExerciseSchema = z.object({
  ...baseFields,
  kind: z.literal("choice"),
  questions: z
    .array(
      z.object({
        id,
        text,
        multiple: z.boolean().default(false),
        options: z.array(z.object({ id, text })).min(2).max(8),
        answer: z.array(id).min(1),
        explanation: text,
      }),
    )
    .min(1),
});

type ChoiceExercise = z.output<typeof choiceExerciseSchema>;

function answerSchema(def: ChoiceExercise) {
  const chosen = (q: ChoiceExercise["questions"][number]) =>
    z
      .array(z.enum(q.options.map((o) => o.id)))
      .max(q.multiple ? q.options.length : 1)
      .optional();
  return z.object(Object.fromEntries(def.questions.map((q) => [q.id, chosen(q)]))).strict();
}

export type ChoiceAnswer = z.output<ReturnType<typeof answerSchema>>;

export const choice = {
  kind: "choice",
  label: KIND_FACTS.choice.label,
  autoGraded: KIND_FACTS.choice.autoGraded,
  keysRevealAnswer: false,
  definition: choiceExerciseSchema,
  answerSchema,
  emptyAnswer: () => ({}),
  mark(def, answer) {
    const items = def.questions.map((q) => {
      const right = q.options
        .filter((o) => q.answer.includes(o.id))
        .map((o) => o.text)
        .join("、");
      return {
        key: q.id,
        correct: sameSet(answer?.[q.id] ?? [], q.answer),
        note: `正确答案：${right}。${q.explanation}`,
      };
    });
    return scoreMarks(def.points, items);
  },
  answerText(def, answer) {
    const chosen = (q: ChoiceExercise["questions"][number]) =>
      (answer[q.id] ?? []).map((id) => q.options.find((o) => o.id === id)?.text ?? id).join("、") || "未答";
    return def.questions.map((q, i) => `${i + 1}. ${chosen(q)}`).join("\n");
  },
  toPublic(def) {
    return { ...def, questions: def.questions.map(({ answer: _a, explanation: _e, ...q }) => q) };
  },
} satisfies KindModule<"choice", ChoiceAnswer>;
