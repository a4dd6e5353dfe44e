import type { ExerciseInput } from "@/lib/exercises/definition";

export const customerAndServiceExercises = [] satisfies ExerciseInput[];
