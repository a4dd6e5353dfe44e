import type { Exercise } from "./definition";

const PLACED = /<Exercise\s+id=["']([^"']+)["']/g;

export function placedExerciseIds(mdx: string): string[] {
  return [...mdx.matchAll(PLACED)].map((match) => match[1] as string);
}

/**
 * What is wrong between the lessons' MDX and the declared exercises: ids placed but not declared,
 * declared but never placed, placed in another lesson's page, or placed twice.
 */
export function placementProblems(lessons: { slug: string; mdx: string }[], declared: readonly Exercise[]): string[] {
  const problems: string[] = [];
  const byId = new Map(declared.map((e) => [e.id, e]));
  const placed = new Map<string, string>();
  for (const lesson of lessons) {
    for (const id of placedExerciseIds(lesson.mdx)) {
      const def = byId.get(id);
      if (!def) problems.push(`${lesson.slug}: places unknown exercise "${id}"`);
      else if (def.lesson !== lesson.slug)
        problems.push(`${lesson.slug}: places "${id}", which belongs to ${def.lesson}`);
      if (placed.has(id)) problems.push(`${lesson.slug}: places "${id}" a second time`);
      placed.set(id, lesson.slug);
    }
  }
  for (const def of declared) {
    if (!placed.has(def.id)) problems.push(`${def.lesson}: exercise "${def.id}" is declared but never placed`);
  }
  return problems;
}
