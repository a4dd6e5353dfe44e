import type { Feedback } from "@/lib/exercises/feedback";
import type { AnswerOf } from "@/lib/exercises/kinds";
import type { PublicExerciseOf } from "@/lib/exercises/public";
import type { Exercise } from "@/lib/exercises/definition";

/** What every exercise widget receives: its definition (without answers), the value and a setter. */
export type WidgetProps<K extends Exercise["kind"], V = AnswerOf<K>> = {
  exercise: PublicExerciseOf<K>;
  value: V;
  onChange: (value: V) => void;
  readOnly: boolean;
  /** After 检查 on an auto-graded kind: per-item marks, keyed by question, item or step id. */
  feedback?: Feedback | null;
  /** The teacher's comments on single table cells, keyed "row:column". */
  cellComments?: Record<string, string>;
  /** For group work: the student's group, whose members all edit the same answer. */
  group?: { name: string; members: string[] } | null;
};

export function markFor(feedback: Feedback | null | undefined, key: string) {
  return feedback?.items.find((item) => item.key === key);
}
