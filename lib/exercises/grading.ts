import type { Exercise } from "./definition";
import { kindOf } from "./kinds";
import type { Grade } from "./kinds/types";

export type { AutoGrade, Grade, TeacherGrade } from "./kinds/types";
export { parseTypedNumber } from "./typed-number";
export { measureTyping, type TypingResult } from "./typing-speed";

/**
 * Scores an answer where the kind allows it (choice, classify, order, numeric); the other kinds
 * are for the teacher. `answer` must already have passed the exercise's answer schema (or be
 * missing: not answered).
 */
export function gradeExercise(def: Exercise, answer: unknown): Grade {
  return kindOf(def).mark(def, answer ?? undefined).grade;
}
