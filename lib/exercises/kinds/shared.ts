import { z } from "zod";
import { charCount } from "../chars";
import { OBJECTIVE_KINDS } from "../labels";
import type { AutoMarking, ItemMark, TeacherMarking } from "./types";

// What the kind modules share: the fields every definition has, text limits, and how marks
// become a score.

export const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "ids are lower-case kebab-case");
export const text = z.string().trim().min(1);

/** Levels a teacher picks from when scoring (评分标准); the score stays a number once given. */
const rubricSchema = z
  .array(z.object({ label: text, points: z.number().min(0).max(100), description: text }))
  .min(2)
  .max(6)
  .optional();

/** The fields of every exercise, whatever its kind. */
export const baseFields = {
  id,
  lesson: id,
  title: text,
  prompt: text.optional(),
  points: z.number().int().min(0).max(100),
  objectives: z.array(z.enum(OBJECTIVE_KINDS)).min(1),
  rubric: rubricSchema,
};

/** A string of at most `max` characters as a student counts them (an emoji is one). */
export const chars = (max: number, message: string) =>
  z
    .string()
    .max(max * 2, message)
    .refine((v) => charCount(v) <= max, message);

/** An object of optional strings, one per id, and nothing else. */
export function keyedStrings(ids: readonly string[], value: z.ZodType<string>) {
  return z.object(Object.fromEntries(ids.map((key) => [key, value.optional()]))).strict();
}

export function sameSet(a: readonly string[], b: readonly string[]) {
  return a.length === b.length && a.every((x) => b.includes(x));
}

const roundHalf = (n: number) => Math.round(n * 2) / 2;

/** The score is the share of items marked correct, to half a point: grade and marks come from one list. */
export function scoreMarks(points: number, items: ItemMark[]): AutoMarking {
  const correct = items.filter((item) => item.correct).length;
  const total = items.length;
  const score = total === 0 ? 0 : roundHalf((points * correct) / total);
  return { grade: { auto: true, score, max: points, correct, total }, items };
}

/** A kind the teacher scores: the maximum only. */
export function teacherMarking(def: { points: number }): TeacherMarking {
  return { grade: { auto: false, max: def.points }, items: [] };
}
