import { allLessons, type Lesson } from "contentlayer/generated";

/** Lessons in course order. */
export const lessons: readonly Lesson[] = [...allLessons].sort((a, b) => a.order - b.order);

export function findLesson(slug: string): Lesson | undefined {
  return lessons.find((lesson) => lesson.slug === slug);
}
