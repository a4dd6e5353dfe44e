import type { ExerciseInput } from "@/lib/exercises/definition";

export const serviceCategoriesExercises = [] satisfies ExerciseInput[];
