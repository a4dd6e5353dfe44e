import type { Exercise, ObjectiveKind } from "@/lib/exercises/definition";

export type ProgressInput = {
  exercises: Pick<Exercise, "id" | "title" | "points" | "objectives">[];
  /** One entry per student: their latest submission's per-exercise scores (null: not scored), or null if not submitted. */
  students: { name: string; submitted: boolean; scores: Record<string, number | null> | null }[];
};

export type ExerciseProgress = {
  id: string;
  title: string;
  scored: number;
  average: number | null;
  rate: number | null;
};

/** Per exercise: how many were scored and the average as a share of the points, weakest first. */
export function exerciseProgress({ exercises, students }: ProgressInput): ExerciseProgress[] {
  return exercises
    .map((e) => {
      const scores = students.flatMap((s) => {
        const v = s.scores?.[e.id];
        return typeof v === "number" ? [v] : [];
      });
      const average = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
      return {
        id: e.id,
        title: e.title,
        scored: scores.length,
        average: average === null ? null : Math.round(average * 10) / 10,
        rate: average === null || e.points === 0 ? null : average / e.points,
      };
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

export type MissedCell = { exercise: string; cell: string; empty: number; of: number };

/** Table cells most often left empty in the submitted work: where students got stuck. */
export function mostMissedCells(
  tables: { title: string; cells: { key: string; label: string }[] }[],
  answersOf: (tableIndex: number) => (Record<string, string> | null)[],
  limit = 5,
): MissedCell[] {
  const missed: MissedCell[] = [];
  tables.forEach((table, t) => {
    const submitted = answersOf(t);
    for (const cell of table.cells) {
      const empty = submitted.filter((cells) => !(cells?.[cell.key] ?? "").trim()).length;
      if (empty > 0) missed.push({ exercise: table.title, cell: cell.label, empty, of: submitted.length });
    }
  });
  return missed.sort((a, b) => b.empty / b.of - a.empty / a.of).slice(0, limit);
}

/** A first draft of the 教学反思 paragraph from the class's figures, for the teacher to edit. */
export function reflectionDraft(input: {
  lesson: string;
  className: string;
  submitted: number;
  total: number;
  weakest: ExerciseProgress | undefined;
  attainment: Record<ObjectiveKind, number | null>;
  missed: MissedCell[];
}): string {
  const pct = (r: number | null) => (r === null ? "暂无数据" : `${Math.round(r * 100)}%`);
  const parts = [
    `${input.className}《${input.lesson}》的作业已交 ${input.submitted}/${input.total} 人。`,
    `目标达成度：知识 ${pct(input.attainment.knowledge)}，能力 ${pct(input.attainment.ability)}，素质 ${pct(input.attainment.quality)}。`,
  ];
  if (input.weakest?.rate !== null && input.weakest?.rate !== undefined) {
    parts.push(
      `得分率最低的是“${input.weakest.title}”（${pct(input.weakest.rate)}），下次讲授时要多给示范、留足练习时间。`,
    );
  }
  if (input.missed.length > 0) {
    parts.push(
      `学生最常空着的是：${input.missed
        .slice(0, 3)
        .map((m) => `${m.exercise}的“${m.cell}”`)
        .join("、")}，说明查找这些信息的方法还要再讲清楚。`,
    );
  }
  if (input.submitted < input.total) parts.push(`还有 ${input.total - input.submitted} 人未交，课后要逐一跟进。`);
  return parts.join("");
}
