import { exerciseInputs } from "@/content/exercises";
import { exerciseSchema, type Exercise } from "./definition";

function parseAll(inputs: readonly unknown[]): Exercise[] {
  const seen = new Set<string>();
  return inputs.map((input, index) => {
    const parsed = exerciseSchema.safeParse(input);
    const label = (input as { id?: string })?.id ?? `#${index}`;
    if (!parsed.success) {
      throw new Error(
        `Exercise ${label} is invalid: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
      );
    }
    if (seen.has(parsed.data.id)) throw new Error(`Exercise id ${parsed.data.id} is declared twice`);
    seen.add(parsed.data.id);
    return parsed.data;
  });
}

/** Every exercise of the course, validated when the module loads (a bad definition fails the build). */
export const exercises: readonly Exercise[] = parseAll(exerciseInputs);

const byId = new Map(exercises.map((e) => [e.id, e]));

export function findExercise(id: string): Exercise | undefined {
  return byId.get(id);
}

export function exercisesOfLesson(slug: string): Exercise[] {
  return exercises.filter((e) => e.lesson === slug);
}
