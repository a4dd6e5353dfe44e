import type { Exercise, ObjectiveKind } from "@/lib/exercises/definition";
import { OBJECTIVE_KINDS } from "@/lib/exercises/definition";
import { planMessages as m } from "@/lib/messages/plans";
import { markdownLimitMessage, markdownProblem } from "./markdown-limits";
import { OBJECTIVE_FIELD_LABELS, type Plan } from "./schema";

export const MINUTES_PER_HOUR = 45;

type Catalogue = {
  lessonExists: (slug: string) => boolean;
  findExercise: (id: string) => Pick<Exercise, "objectives"> | undefined;
};

/**
 * The template's rules beyond field shapes: phase minutes add up to 学时 × 45, every objective
 * (知识/能力/素质) is served by a phase or a linked exercise, links point at real content, and
 * the Markdown fields stay within the limits that keep showing the plan fast (markdown-limits.ts).
 * Returns messages that say what to fix; an empty list means the plan is valid.
 */
export function planProblems(plan: Plan, catalogue: Catalogue): string[] {
  const problems: string[] = [];
  const total = plan.phases.reduce((sum, p) => sum + p.minutes, 0);
  const expected = plan.hours * MINUTES_PER_HOUR;
  if (total !== expected) problems.push(m.minutesMismatch(total, expected, plan.hours));

  const served = new Set<ObjectiveKind>();
  for (const phase of plan.phases) {
    phase.objectives.forEach((o) => served.add(o));
    for (const link of phase.links) {
      if (link.type === "lesson" && !catalogue.lessonExists(link.lesson))
        problems.push(m.unknownLesson(phase.name, link.lesson));
      if (link.type === "exercise") {
        const exercise = catalogue.findExercise(link.exercise);
        if (!exercise) problems.push(m.unknownExercise(phase.name, link.exercise));
        else exercise.objectives.forEach((o) => served.add(o));
      }
    }
  }
  for (const kind of OBJECTIVE_KINDS)
    if (!served.has(kind)) problems.push(m.objectiveUnserved(OBJECTIVE_FIELD_LABELS[kind]));

  for (const [label, text] of markdownFields(plan)) {
    const problem = markdownProblem(text);
    if (problem) problems.push(markdownLimitMessage(label, problem));
  }
  return problems;
}

/** The plan's Markdown fields, each with the name a message gives it. */
function markdownFields(plan: Plan): [string, string][] {
  return [
    ["“教学内容”", plan.content],
    ...OBJECTIVE_KINDS.map((kind): [string, string] => [`“${OBJECTIVE_FIELD_LABELS[kind]}”`, plan.objectives[kind]]),
    ["“重点”", plan.keyPoints],
    ["“难点”", plan.difficulties],
    ["“课程思政元素”", plan.ideology],
    ...plan.phases.flatMap((phase): [string, string][] => [
      [`环节“${phase.name}”的“教师活动”`, phase.teacher],
      [`环节“${phase.name}”的“学生活动”`, phase.student],
    ]),
    ["“作业布置”", plan.homework],
    ["“教学反思”", plan.reflection],
  ];
}
