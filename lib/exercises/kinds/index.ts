import type { z } from "zod";
import type { Exercise, ExerciseKind } from "../definition";
import { chat } from "./chat";
import { choice } from "./choice";
import { classify } from "./classify";
import { numeric } from "./numeric";
import { order } from "./order";
import { project } from "./project";
import { table } from "./table";
import { typing } from "./typing";
import type { KindModule } from "./types";

// Every kind of exercise and its module. A kind added to the definition schema without a module
// here, or a module lacking a facet, fails the type check on this object.

export const KINDS = { table, choice, classify, order, numeric, chat, typing, project } satisfies {
  [K in ExerciseKind]: KindModule<K>;
};

type Kinds = typeof KINDS;

// (`K & keyof Kinds` below: a kind without a module is reported once, at KINDS, not at every use.)

/** A student's answer to an exercise of kind K, as its answer schema yields it. */
export type AnswerOf<K extends ExerciseKind> = z.output<ReturnType<Kinds[K & keyof Kinds]["answerSchema"]>>;

/** What the browser may see of an exercise of kind K. */
export type PublicExerciseOf<K extends ExerciseKind> = ReturnType<Kinds[K & keyof Kinds]["toPublic"]>;
export type PublicExercise = PublicExerciseOf<ExerciseKind>;

/**
 * The module of an exercise's own kind, for a definition whose kind is known only at run time.
 * The answer is taken as stored: callers pass answers that passed this module's answer schema
 * (or nothing, for an exercise not answered).
 */
export function kindOf(def: Exercise): KindModule<ExerciseKind, unknown, PublicExercise> {
  return KINDS[def.kind];
}

export type { KindModule } from "./types";
