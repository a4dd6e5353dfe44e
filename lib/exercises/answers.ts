import { z } from "zod";
import type { Exercise, ExerciseOf, TableExercise } from "./definition";
import { exerciseMessages as m } from "@/lib/messages/exercises";
import { charCount } from "./chars";

/** A string of at most `max` characters as a student counts them (an emoji is one). */
const chars = (max: number, message: string) => z.string().max(max * 2, message).refine((v) => charCount(v) <= max, message);

// The shape of a student's answer to each kind, derived from the exercise's own definition,
// so the server accepts exactly what the widget can produce — and a clear message otherwise.

// Number boxes are saved as typed (a stray space, "1。2", even "三十二"): the widget points at a box
// that is not a number yet, and grading reads it with parseTypedNumber.

function tableAnswerSchema(def: TableExercise) {
  const cell = (column: TableExercise["columns"][number]) => {
    if (column.type === "number") return z.string().max(32, m.numberTooLong(column.label));
    const s = chars(column.maxLength, m.cellTooLong(column.label, column.maxLength));
    if (column.type === "select") return s.refine((v) => v === "" || (column.options ?? []).includes(v), m.notAnOption(column.label));
    return s;
  };
  const row = z.object(Object.fromEntries(def.columns.map((c) => [c.key, cell(c).default("")]))).strict();
  const count =
    def.rows.mode === "fixed"
      ? { min: def.rows.labels.length, max: def.rows.labels.length }
      : { min: def.rows.min, max: def.rows.max };
  return z.object({ rows: z.array(row).min(count.min, m.tooFewRows(count.min)).max(count.max, m.tooManyRows(count.max)) }).strict();
}

function keyedStrings(ids: string[], value: z.ZodType<string>) {
  return z.object(Object.fromEntries(ids.map((id) => [id, value.optional()]))).strict();
}

export function answerSchemaFor(def: Exercise): z.ZodType {
  switch (def.kind) {
    case "table":
      return tableAnswerSchema(def);
    case "choice":
      return z
        .object(
          Object.fromEntries(
            def.questions.map((q) => [
              q.id,
              z
                .array(z.enum(q.options.map((o) => o.id) as [string, ...string[]]))
                .max(q.multiple ? q.options.length : 1)
                .optional(),
            ]),
          ),
        )
        .strict();
    case "classify":
      return z
        .object(Object.fromEntries(def.items.map((i) => [i.id, z.enum(def.buckets.map((b) => b.id) as [string, ...string[]]).nullable().optional()])))
        .strict();
    case "order":
      return z
        .array(z.enum(def.steps.map((s) => s.id) as [string, ...string[]]))
        .length(def.steps.length)
        .refine((ids) => new Set(ids).size === ids.length, m.orderDuplicates);
    case "numeric":
      return keyedStrings(def.questions.map((q) => q.id), z.string().max(32, m.numberTooLong("答案")));
    case "chat":
      return z.object({ replies: z.array(chars(def.maxLength, m.replyTooLong(def.maxLength))).max(def.customerMessages.length) }).strict();
    case "typing":
      return z
        .object({
          typed: z.string().max(def.passage.length * 2),
          // Longer attempts are stopped at an hour by the widget; a larger figure is refused.
          elapsedMs: z.number().int().min(0, m.badTypingTime).max(2 * 60 * 60 * 1000, m.badTypingTime),
        })
        .strict();
    case "project":
      return z.object(Object.fromEntries(def.sections.map((s) => [s.id, chars(s.maxLength, m.sectionTooLong(s.title, s.maxLength)).optional()]))).strict();
  }
}

export type TableAnswer = { rows: Record<string, string>[] };
export type ChoiceAnswer = Record<string, string[] | undefined>;
export type ClassifyAnswer = Record<string, string | null | undefined>;
export type OrderAnswer = string[];
export type NumericAnswer = Record<string, string | undefined>;
export type ChatAnswer = { replies: string[] };
export type TypingAnswer = { typed: string; elapsedMs: number };
export type ProjectAnswer = Record<string, string | undefined>;

/** An empty answer a widget starts from. */
export function emptyAnswer(def: Exercise): unknown {
  switch (def.kind) {
    case "table": {
      const count = def.rows.mode === "fixed" ? def.rows.labels.length : def.rows.initial;
      return { rows: Array.from({ length: count }, () => Object.fromEntries(def.columns.map((c) => [c.key, ""]))) };
    }
    case "order":
      return shuffledOrder(def);
    case "chat":
      return { replies: [] };
    case "typing":
      return { typed: "", elapsedMs: 0 };
    default:
      return {};
  }
}

/** The steps in a fixed scrambled order (the same for everyone, never the correct one). */
export function shuffledOrder(def: ExerciseOf<"order">): string[] {
  const ids = def.steps.map((s) => s.id);
  // Deterministic so the server-rendered and the client-rendered lists agree.
  const rotated = ids.map((_, i) => ids[(i * 5 + 3) % ids.length] as string);
  const unique = new Set(rotated).size === ids.length ? rotated : [...ids].reverse();
  return unique.join() === ids.join() ? [...ids].reverse() : unique;
}

export type AnswerCheck = { ok: true; value: unknown } | { ok: false; message: string };

export function checkAnswer(def: Exercise, value: unknown): AnswerCheck {
  const parsed = answerSchemaFor(def).safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, message: parsed.error.issues[0]?.message ?? m.invalidAnswer };
}
