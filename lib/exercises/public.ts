import type { Exercise } from "./definition";
import { kindOf, type PublicExercise } from "./kinds";

// What the browser may see of an exercise before the student checks or submits: no correct
// answers, no reference answers, no explanations (those come back from the check). Each kind's
// module says what its public form leaves out.

export type { PublicExercise, PublicExerciseOf } from "./kinds";

export function toPublicExercise(def: Exercise): PublicExercise {
  return kindOf(def).toPublic(def);
}
