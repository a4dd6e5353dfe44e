import { z } from "zod";
import { exerciseMessages as m } from "@/lib/messages/exercises";
import { KIND_FACTS } from "../labels";
import { parseTypedNumber } from "../typed-number";
import { baseFields, id, keyedStrings, scoreMarks, text } from "./shared";
import type { KindModule } from "./types";

// Calculations (问答比, 客单价 …): each answer is right within the question's tolerance.

export const numericExerciseSchema = z.object({
  ...baseFields,
  kind: z.literal("numeric"),
  questions: z
    .array(
      z.object({
        id,
        text,
        answer: z.number(),
        tolerance: z.number().min(0).default(0),
        unit: z.string().default(""),
        formula: text,
      }),
    )
    .min(1),
});

type NumericExercise = z.output<typeof numericExerciseSchema>;

// Answers are saved as typed (a stray space, "1。2", even "三十二"): the widget points at a box that
// is not a number yet, and marking reads it with parseTypedNumber.
function answerSchema(def: NumericExercise) {
  return keyedStrings(
    def.questions.map((q) => q.id),
    z.string().max(32, m.numberTooLong("答案")),
  );
}

export type NumericAnswer = z.output<ReturnType<typeof answerSchema>>;

export const numeric = {
  kind: "numeric",
  label: KIND_FACTS.numeric.label,
  autoGraded: KIND_FACTS.numeric.autoGraded,
  keysRevealAnswer: false,
  definition: numericExerciseSchema,
  answerSchema,
  emptyAnswer: () => ({}),
  mark(def, answer) {
    const items = def.questions.map((q) => {
      const n = parseTypedNumber(answer?.[q.id]);
      return {
        key: q.id,
        correct: n !== null && Math.abs(n - q.answer) <= q.tolerance + 1e-9,
        note: `公式：${q.formula}；答案约为 ${q.answer}${q.unit}`,
      };
    });
    return scoreMarks(def.points, items);
  },
  answerText: (def, answer) => def.questions.map((q, i) => `${i + 1}. ${answer[q.id] ?? ""}`).join("\n"),
  toPublic(def) {
    return { ...def, questions: def.questions.map(({ answer: _a, tolerance: _t, formula: _f, ...q }) => q) };
  },
} satisfies KindModule<"numeric", NumericAnswer>;
