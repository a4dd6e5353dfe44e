import { shuffledOrder } from "./answers";
import type { Exercise, ExerciseOf } from "./definition";

// What the browser may see of an exercise before the student checks or submits: no correct
// answers, no reference answers, no explanations (those come back from the check).

export type PublicExercise =
  | Omit<ExerciseOf<"table">, "reference">
  | (Omit<ExerciseOf<"choice">, "questions"> & {
      questions: Omit<ExerciseOf<"choice">["questions"][number], "answer" | "explanation">[];
    })
  | (Omit<ExerciseOf<"classify">, "items"> & { items: Omit<ExerciseOf<"classify">["items"][number], "bucket">[] })
  | ExerciseOf<"order">
  | (Omit<ExerciseOf<"numeric">, "questions"> & {
      questions: Omit<ExerciseOf<"numeric">["questions"][number], "answer" | "tolerance" | "formula">[];
    })
  | ExerciseOf<"chat">
  | ExerciseOf<"typing">
  | ExerciseOf<"project">;

export type PublicExerciseOf<K extends Exercise["kind"]> = Extract<PublicExercise, { kind: K }>;

export function toPublicExercise(def: Exercise): PublicExercise {
  switch (def.kind) {
    case "table": {
      const { reference: _reference, ...rest } = def;
      return rest;
    }
    case "choice":
      return { ...def, questions: def.questions.map(({ answer: _a, explanation: _e, ...q }) => q) };
    case "classify":
      return { ...def, items: def.items.map(({ bucket: _b, ...item }) => item) };
    case "numeric":
      return { ...def, questions: def.questions.map(({ answer: _a, tolerance: _t, formula: _f, ...q }) => q) };
    case "order": {
      // Steps are handed out in their scrambled starting order, so their order reveals nothing.
      const byId = new Map(def.steps.map((step) => [step.id, step]));
      return { ...def, steps: shuffledOrder(def).map((id) => byId.get(id) as (typeof def.steps)[number]) };
    }
    default:
      return def;
  }
}
