import type { z } from "zod";
import type { ExerciseKind, ExerciseOf } from "../definition";
import type { CellRef } from "./cell-key";

export type { CellRef } from "./cell-key";

/** A score the server gives at once (auto), or only the maximum for a kind the teacher scores. */
export type AutoGrade = { auto: true; score: number; max: number; correct: number; total: number };
export type TeacherGrade = { auto: false; max: number };
export type Grade = AutoGrade | TeacherGrade;

/** One question, item or position: right or not, with what the student should learn from it. */
export type ItemMark = { key: string; correct: boolean; note?: string };

/** What a student sees after pressing 检查 on an auto-graded exercise. */
export type Feedback = { grade: Grade; items: ItemMark[] };

/** The grade and the marks it counts, made together so that they cannot disagree. */
export type AutoMarking = { grade: AutoGrade; items: ItemMark[] };
export type TeacherMarking = { grade: TeacherGrade; items: [] };

/** What every answer-free form keeps of the exercise (the card shows these). */
export type PublicBase<K extends ExerciseKind> = Pick<
  ExerciseOf<K>,
  "id" | "lesson" | "kind" | "title" | "prompt" | "points" | "objectives" | "rubric"
>;

// Facets are methods, not function-valued properties, on purpose: a module typed for its own kind
// then also fits the kind-agnostic view the dispatchers use (`kindOf` in ./index), where the answer
// is stored JSON that has passed the same module's answer schema.

interface Facets<K extends ExerciseKind, A, P> {
  readonly kind: K;
  /** How the teacher's screens name the kind. */
  readonly label: string;
  /** The definition as the course declares it. */
  readonly definition: z.ZodType<ExerciseOf<K>>;
  /** What the server accepts as an answer to this exercise, with a Chinese message otherwise. */
  answerSchema(def: ExerciseOf<K>): z.ZodType<A>;
  /** The answer a widget starts from; it passes `answerSchema`. */
  emptyAnswer(def: ExerciseOf<K>): A;
  /** The answer as plain text, for exports and comparing a class (one table cell, or all of it). */
  answerText(def: ExerciseOf<K>, answer: A, cell?: CellRef): string;
  /** What the browser may see before checking or submitting: no keys, references or explanations. */
  toPublic(def: ExerciseOf<K>): P;
}

interface AutoGradedKind<K extends ExerciseKind, A, P> extends Facets<K, A, P> {
  readonly autoGraded: true;
  /** The marks' keys give the answer away (step ids listed in the right order): positions only, on assessed work. */
  readonly keysRevealAnswer: boolean;
  /** Scores an answer (missing: not answered) and marks each question, item or position. */
  mark(def: ExerciseOf<K>, answer: A | undefined): AutoMarking;
}

interface TeacherGradedKind<K extends ExerciseKind, A, P> extends Facets<K, A, P> {
  readonly autoGraded: false;
  /** The teacher scores this kind: only the maximum, no marks. */
  mark(def: ExerciseOf<K>, answer: A | undefined): TeacherMarking;
}

/** Everything one kind of exercise does, in one object (see ./index for the registry). */
export type KindModule<K extends ExerciseKind, A = unknown, P = PublicBase<K>> =
  AutoGradedKind<K, A, P> | TeacherGradedKind<K, A, P>;
