import { z } from "zod";
import { OBJECTIVE_KINDS } from "./labels";

// What an exercise is: declared once as data, validated here, and used for rendering,
// answer validation, grading, the teacher's view and exports.

export { EXERCISE_KIND_LABELS, OBJECTIVE_KINDS, OBJECTIVE_LABELS, type ObjectiveKind } from "./labels";

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "ids are lower-case kebab-case");
const text = z.string().trim().min(1);

/** Levels a teacher picks from when scoring (评分标准); the score stays a number once given. */
const rubricSchema = z
  .array(z.object({ label: text, points: z.number().min(0).max(100), description: text }))
  .min(2)
  .max(6)
  .optional();

const base = {
  id,
  lesson: id,
  title: text,
  prompt: text.optional(),
  points: z.number().int().min(0).max(100),
  objectives: z.array(z.enum(OBJECTIVE_KINDS)).min(1),
  rubric: rubricSchema,
};

export const tableColumnSchema = z.object({
  key: id,
  label: text,
  type: z.enum(["text", "number", "select"]).default("text"),
  options: z.array(text).optional(),
  maxLength: z.number().int().min(1).max(2000).default(300),
  placeholder: z.string().optional(),
});

export const tableExerciseSchema = z
  .object({
    ...base,
    kind: z.literal("table"),
    caption: text,
    columns: z.array(tableColumnSchema).min(1).max(8),
    rows: z.discriminatedUnion("mode", [
      // Fixed rows: the first column shows the label, students fill the other columns.
      z.object({ mode: z.literal("fixed"), header: text, labels: z.array(text).min(1).max(30) }),
      // Addable rows: numbered 1, 2, 3…; students add or remove rows within min..max.
      z.object({ mode: z.literal("addable"), numberHeader: text.default("序号"), min: z.number().int().min(1), max: z.number().int().max(50), initial: z.number().int().min(1) }),
    ]),
    /** Reference answer or keywords per row label (or row number) and column, for the teacher. */
    reference: z.record(z.string(), z.record(z.string(), z.string())).optional(),
  })
  .refine((t) => t.columns.every((c) => c.type !== "select" || (c.options?.length ?? 0) > 0), "select columns need options")
  .refine((t) => t.rows.mode === "fixed" || (t.rows.min <= t.rows.initial && t.rows.initial <= t.rows.max), "min ≤ initial ≤ max");

export const choiceExerciseSchema = z.object({
  ...base,
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

export const classifyExerciseSchema = z.object({
  ...base,
  kind: z.literal("classify"),
  buckets: z.array(z.object({ id, label: text })).min(2).max(6),
  items: z.array(z.object({ id, text, bucket: id })).min(2).max(30),
});

export const orderExerciseSchema = z.object({
  ...base,
  kind: z.literal("order"),
  /** Steps in the correct order; students see them shuffled. */
  steps: z.array(z.object({ id, text })).min(2).max(12),
});

export const numericExerciseSchema = z.object({
  ...base,
  kind: z.literal("numeric"),
  questions: z
    .array(z.object({ id, text, answer: z.number(), tolerance: z.number().min(0).default(0), unit: z.string().default(""), formula: text }))
    .min(1),
});

export const chatExerciseSchema = z.object({
  ...base,
  kind: z.literal("chat"),
  stage: z.enum(["售前", "售中", "售后"]),
  scenario: text,
  customerMessages: z.array(text).min(1).max(10),
  checklist: z.array(z.object({ label: text, anyOf: z.array(text).min(1) })).min(1),
  maxLength: z.number().int().min(10).max(1000).default(300),
});

export const typingExerciseSchema = z.object({
  ...base,
  kind: z.literal("typing"),
  passage: text,
  targetCpm: z.number().int().min(1).default(60),
});

export const projectExerciseSchema = z.object({
  ...base,
  kind: z.literal("project"),
  group: z.boolean().default(true),
  sections: z.array(z.object({ id, title: text, guidance: text, maxLength: z.number().int().min(10).max(20000).default(5000) })).min(1),
});

export const exerciseSchema = z.discriminatedUnion("kind", [
  tableExerciseSchema,
  choiceExerciseSchema,
  classifyExerciseSchema,
  orderExerciseSchema,
  numericExerciseSchema,
  chatExerciseSchema,
  typingExerciseSchema,
  projectExerciseSchema,
]);

export type ExerciseInput = z.input<typeof exerciseSchema>;
export type Exercise = z.output<typeof exerciseSchema>;
export type ExerciseKind = Exercise["kind"];
export type ExerciseOf<K extends ExerciseKind> = Extract<Exercise, { kind: K }>;
export type TableExercise = ExerciseOf<"table">;
export type TableColumn = TableExercise["columns"][number];

