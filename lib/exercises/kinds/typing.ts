import { z } from "zod";
import { exerciseMessages as m } from "@/lib/messages/exercises";
import { KIND_FACTS } from "../labels";
import { measureTyping } from "../typing-speed";
import { baseFields, teacherMarking, text } from "./shared";
import type { KindModule } from "./types";

// A typing test on a passage: speed and accuracy are measured, the teacher scores.

export const typingExerciseSchema = z.object({
  ...baseFields,
  kind: z.literal("typing"),
  passage: text,
  targetCpm: z.number().int().min(1).default(60),
});

type TypingExercise = z.output<typeof typingExerciseSchema>;

function answerSchema(def: TypingExercise) {
  return z
    .object({
      typed: z.string().max(def.passage.length * 2),
      // Longer attempts are stopped at an hour by the widget; a larger figure is refused.
      elapsedMs: z
        .number()
        .int()
        .min(0, m.badTypingTime)
        .max(2 * 60 * 60 * 1000, m.badTypingTime),
    })
    .strict();
}

export type TypingAnswer = z.output<ReturnType<typeof answerSchema>>;

export const typing = {
  kind: "typing",
  label: KIND_FACTS.typing.label,
  autoGraded: KIND_FACTS.typing.autoGraded,
  definition: typingExerciseSchema,
  answerSchema,
  emptyAnswer: () => ({ typed: "", elapsedMs: 0 }),
  mark: teacherMarking,
  answerText(def, answer) {
    const r = measureTyping(def.passage, answer);
    return `${r.cpm} 字/分钟，正确率 ${Math.round(r.accuracy * 100)}%`;
  },
  toPublic: (def) => def,
} satisfies KindModule<"typing", TypingAnswer>;
