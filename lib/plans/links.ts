import GithubSlugger from "github-slugger";
import { findLesson } from "@/lib/content/lessons";
import { findExercise } from "@/lib/exercises/registry";
import type { PhaseLink } from "./schema";

export type ResolvedLink = { href: string; label: string; kind: "lesson" | "exercise" };

/** Where a phase's link points on the site, and how to name it (null when its target is gone). */
export function resolveLink(link: PhaseLink): ResolvedLink | null {
  if (link.type === "lesson") {
    const lesson = findLesson(link.lesson);
    if (!lesson) return null;
    // Headings carry github-slugger ids (rehype-slug in contentlayer.config.ts).
    const anchor = link.section ? `#${new GithubSlugger().slug(link.section)}` : "";
    return {
      href: `${lesson.url}${anchor}`,
      label: `《${lesson.title}》${link.section ? ` · ${link.section}` : ""}`,
      kind: "lesson",
    };
  }
  const exercise = findExercise(link.exercise);
  if (!exercise) return null;
  return {
    href: `/lessons/${exercise.lesson}#exercise-${exercise.id}`,
    label: `练习：${exercise.title}`,
    kind: "exercise",
  };
}
