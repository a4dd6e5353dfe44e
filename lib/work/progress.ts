import type { Exercise, ObjectiveKind } from "@/lib/exercises/definition";

export type ProgressInput = {
  exercises: Pick<Exercise, "id" | "title" | "points" | "objectives">[];
  /** One entry per student: their latest submission's per-exercise scores (null: not scored), or null if not submitted. */
  students: { name: string; submitted: boolean; scores: Record<string, number | null> | null }[];
};

export type ExerciseProgress = { id: string; title: string; scored: number; average: number | null; rate: number | null };

/** Per exercise: how many were scored and the average as a share of the points, weakest first. */
export function exerciseProgress({ exercises, students }: ProgressInput): ExerciseProgress[] {
  return exercises
    .map((e) => {
      const scores = students.flatMap((s) => {
        const v = s.scores?.[e.id];
        return typeof v === "number" ? [v] : [];
      });
      const average = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
      return { id: e.id, title: e.title, scored: scores.length, average: average === null ? null : Math.round(average * 10) / 10, rate: average === null || e.points === 0 ? null : average / e.points };
    })
    .sort((a, b) => (a.rate ?? 2) - (b.rate ?? 2));
}

/** Attainment of 知识/能力/素质: scored points over possible points of the exercises serving each. */
export function objectiveAttainment({ exercises, students }: ProgressInput): Record<ObjectiveKind, number | null> {
  const totals = { knowledge: [0, 0], ability: [0, 0], quality: [0, 0] } as Record<ObjectiveKind, [number, number]>;
  for (const s of students) {
    for (const e of exercises) {
      const v = s.scores?.[e.id];
      if (typeof v !== "number") continue;
      for (const o of e.objectives) {
        totals[o][0] += v;
        totals[o][1] += e.points;
      }
    }
  }
  const rate = ([got, max]: [number, number]) => (max ? got / max : null);
  return { knowledge: rate(totals.knowledge), ability: rate(totals.ability), quality: rate(totals.quality) };
}
