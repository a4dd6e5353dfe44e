import type { ExerciseInput } from "@/lib/exercises/definition";

export const ecommerceCsBasicsExercises = [] satisfies ExerciseInput[];
