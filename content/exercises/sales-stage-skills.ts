import type { ExerciseInput } from "@/lib/exercises/definition";

export const salesStageSkillsExercises = [] satisfies ExerciseInput[];
