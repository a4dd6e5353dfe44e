import type { ExerciseInput } from "@/lib/exercises/definition";

export const phoneAndOnlineChannelsExercises = [] satisfies ExerciseInput[];
