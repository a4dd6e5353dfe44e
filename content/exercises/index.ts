// Every lesson's exercises, declared once. The registry (lib/exercises/registry.ts) validates them.
import type { ExerciseInput } from "@/lib/exercises/definition";
import { haierCaseExercises } from "./haier-case";

export const exerciseInputs: readonly ExerciseInput[] = [...haierCaseExercises];
