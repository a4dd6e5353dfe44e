import type { ExerciseInput } from "@/lib/exercises/definition";

export const goldMedalCsExercises = [] satisfies ExerciseInput[];
