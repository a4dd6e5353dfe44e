import type { ExerciseInput } from "@/lib/exercises/definition";

export const csHandbookProjectExercises = [] satisfies ExerciseInput[];
