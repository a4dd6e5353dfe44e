import { z } from "zod";
import { KIND_FACTS } from "../labels";
import { baseFields, id, scoreMarks, text } from "./shared";
import type { KindModule } from "./types";

// Cards sorted into buckets (售前 / 售中 / 售后 …); each card is right in its own bucket.

export const classifyExerciseSchema = z.object({
  ...baseFields,
  kind: z.literal("classify"),
  buckets: z
    .array(z.object({ id, label: text }))
    .min(2)
    .max(6),
  items: z
    .array(z.object({ id, text, bucket: id }))
    .min(2)
    .max(30),
});

type ClassifyExercise = z.output<typeof classifyExerciseSchema>;

function answerSchema(def: ClassifyExercise) {
  const bucket = z
    .enum(def.buckets.map((b) => b.id))
    .nullable()
    .optional();
  return z.object(Object.fromEntries(def.items.map((i) => [i.id, bucket]))).strict();
}

export type ClassifyAnswer = z.output<ReturnType<typeof answerSchema>>;

export const classify = {
  kind: "classify",
  label: KIND_FACTS.classify.label,
  autoGraded: KIND_FACTS.classify.autoGraded,
  keysRevealAnswer: false,
  definition: classifyExerciseSchema,
  answerSchema,
  emptyAnswer: () => ({}),
  mark(def, answer) {
    const label = new Map(def.buckets.map((b) => [b.id, b.label]));
    const items = def.items.map((i) => ({
      key: i.id,
      correct: answer?.[i.id] === i.bucket,
      note: `应归入“${label.get(i.bucket)}”`,
    }));
    return scoreMarks(def.points, items);
  },
  answerText(def, answer) {
    const bucketOf = (itemId: string) => def.buckets.find((b) => b.id === answer[itemId])?.label ?? "未分类";
    return def.items.map((item) => `${item.text} → ${bucketOf(item.id)}`).join("\n");
  },
  toPublic(def) {
    return { ...def, items: def.items.map(({ bucket: _b, ...item }) => item) };
  },
} satisfies KindModule<"classify", ClassifyAnswer>;
