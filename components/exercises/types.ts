import type { PublicExerciseOf } from "@/lib/exercises/public";
import type { Exercise } from "@/lib/exercises/definition";

/** What every exercise widget receives: its definition (without answers), the value and a setter. */
export type WidgetProps<K extends Exercise["kind"], V> = {
  exercise: PublicExerciseOf<K>;
  value: V;
  onChange: (value: V) => void;
  readOnly: boolean;
};
