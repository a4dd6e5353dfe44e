import { lessons } from "@/lib/content/lessons";
import { exercises } from "@/lib/exercises/registry";

/** What the plan editor offers to link: each lesson with its "## " sections, and every exercise. */
export function editorCatalogue() {
  return {
    lessons: lessons.map((l) => ({
      slug: l.slug,
      title: l.title,
      sections: [...l.body.raw.matchAll(/^## (.+)$/gm)].map((m) => (m[1] as string).trim()),
    })),
    exercises: exercises.map((e) => ({ id: e.id, title: e.title, lesson: e.lesson, objectives: e.objectives })),
  };
}
