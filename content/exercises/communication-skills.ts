import type { ExerciseInput } from "@/lib/exercises/definition";

export const communicationSkillsExercises = [] satisfies ExerciseInput[];
