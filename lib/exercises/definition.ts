import { z } from "zod";
import { chatExerciseSchema } from "./kinds/chat";
import { choiceExerciseSchema } from "./kinds/choice";
import { classifyExerciseSchema } from "./kinds/classify";
import { numericExerciseSchema } from "./kinds/numeric";
import { orderExerciseSchema } from "./kinds/order";
import { projectExerciseSchema } from "./kinds/project";
import { tableExerciseSchema } from "./kinds/table";
import { typingExerciseSchema } from "./kinds/typing";

// What an exercise is: declared once as data, validated here, and used for rendering,
// answer validation, grading, the teacher's view and exports. Each kind's definition and
// behaviour live in its module under ./kinds; the registry there lists every kind of this union.

export { EXERCISE_KIND_LABELS, OBJECTIVE_KINDS, OBJECTIVE_LABELS, type ObjectiveKind } from "./labels";
export { tableColumnSchema } from "./kinds/table";
export {
  chatExerciseSchema,
  choiceExerciseSchema,
  classifyExerciseSchema,
  numericExerciseSchema,
  orderExerciseSchema,
  projectExerciseSchema,
  tableExerciseSchema,
  typingExerciseSchema,
};

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
