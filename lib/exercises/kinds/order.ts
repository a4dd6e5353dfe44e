import { z } from "zod";
import { exerciseMessages as m } from "@/lib/messages/exercises";
import { KIND_FACTS } from "../labels";
import { baseFields, id, scoreMarks, text } from "./shared";
import type { KindModule } from "./types";

// Steps put in order; each step is right in its own place.

export const orderExerciseSchema = z.object({
  ...baseFields,
  kind: z.literal("order"),
  /** Steps in the correct order; students see them shuffled. */
  steps: z.array(z.object({ id, text })).min(2).max(12),
});

type OrderExercise = z.output<typeof orderExerciseSchema>;

/**
 * The items in a fixed scrambled order, the same for everyone (so the server-rendered and the
 * client-rendered lists agree), with no item in its own place: an untouched list scores nothing.
 */
function scrambled<T>(items: readonly T[]): T[] {
  const n = items.length;
  // Half a turn never leaves an item in place (two or more items); the others read less regular.
  const halfTurn = items.map((_, i) => (i + Math.floor(n / 2)) % n);
  const candidates = [items.map((_, i) => (i * 5 + 3) % n), items.map((_, i) => n - 1 - i), halfTurn];
  const from = candidates.find((c) => new Set(c).size === n && c.every((source, i) => source !== i)) ?? halfTurn;
  return from.map((source) => items[source] as T);
}

/** The step ids in their scrambled starting order (never the correct one, no step in its place). */
export function shuffledOrder(def: Pick<OrderExercise, "steps">): string[] {
  return scrambled(def.steps).map((s) => s.id);
}

function answerSchema(def: OrderExercise) {
  return z
    .array(z.enum(def.steps.map((s) => s.id)))
    .length(def.steps.length)
    .refine((ids) => new Set(ids).size === ids.length, m.orderDuplicates);
}

export type OrderAnswer = z.output<ReturnType<typeof answerSchema>>;

export const order = {
  kind: "order",
  label: KIND_FACTS.order.label,
  autoGraded: KIND_FACTS.order.autoGraded,
  // The step ids, listed in the right order, are the answer.
  keysRevealAnswer: true,
  definition: orderExerciseSchema,
  answerSchema,
  emptyAnswer: (def) => shuffledOrder(def),
  mark(def, answer) {
    const items = def.steps.map((s, i) => ({
      key: s.id,
      correct: answer?.[i] === s.id,
      note: `第 ${i + 1} 步：${s.text}`,
    }));
    return scoreMarks(def.points, items);
  },
  answerText(def, answer) {
    const stepText = new Map(def.steps.map((s) => [s.id, s.text]));
    return answer.map((stepId, i) => `${i + 1}. ${stepText.get(stepId) ?? stepId}`).join("\n");
  },
  // Steps are handed out in their scrambled starting order, so their order reveals nothing.
  toPublic: (def) => ({ ...def, steps: scrambled(def.steps) }),
} satisfies KindModule<"order", OrderAnswer>;
