import { findExercise } from "@/lib/exercises/registry";
import { toPublicExercise } from "@/lib/exercises/public";
import { ExerciseCard } from "./exercise-card";

/** `<Exercise id="…" />` in a lesson's MDX: the declared exercise, without its answers. */
export function Exercise({ id }: { id: string }) {
  const def = findExercise(id);
  // The build checks placements too; this keeps a bad id from rendering silently.
  if (!def) throw new Error(`Unknown exercise "${id}"`);
  return <ExerciseCard exercise={toPublicExercise(def)} lessonUrl={`/lessons/${def.lesson}`} />;
}
