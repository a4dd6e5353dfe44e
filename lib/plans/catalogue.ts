import { lessons } from "@/lib/content/lessons";
import { findExercise } from "@/lib/exercises/registry";

/** What a plan may link to: the site's lessons and exercises. */
export const siteCatalogue = {
  lessonExists: (slug: string) => lessons.some((lesson) => lesson.slug === slug),
  findExercise,
};
