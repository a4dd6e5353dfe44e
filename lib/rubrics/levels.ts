// 评分标准 levels and what a given score remembers of them. No zod here: the review screen's
// client code imports these. Validation of typed-in rubrics lives in ./rubric.ts.

export type RubricLevel = { label: string; points: number; description: string };

export const MAX_LEVELS = 6;

/** The level as it read when a score was given, stored beside the score. */
export type GivenLevel = { label: string; points: number };

/**
 * What to tell the teacher about a score given with a rubric level, now that the rubric may have
 * changed: "current" when the level still reads the same, "changed" when it was edited or removed
 * since (the score stays as given), null when no level was used.
 */
export function givenLevelState(
  given: GivenLevel | null,
  score: number | null,
  levels: readonly RubricLevel[] | null | undefined,
) {
  if (!given || score === null || given.points !== score) return null;
  const now = levels?.find((l) => l.label === given.label);
  return now && now.points === given.points ? "current" : "changed";
}

/** Keeps a chosen level only if it still matches the score being saved (a typed score wins). */
export function levelToStore(level: GivenLevel | null | undefined, score: number | null): string | null {
  if (!level || score === null || level.points !== score) return null;
  return JSON.stringify({ label: level.label, points: level.points });
}

/** A four-level starting point scaled to an exercise's full marks (rounded to halves). */
export function starterLevels(maxPoints: number): RubricLevel[] {
  const at = (share: number) => Math.round(maxPoints * share * 2) / 2;
  const levels: RubricLevel[] = [
    { label: "优秀", points: maxPoints, description: "要点齐全、表达准确，有自己的分析。" },
    { label: "良好", points: at(0.8), description: "要点基本齐全，个别地方不够准确。" },
    { label: "合格", points: at(0.6), description: "答到主要要点，但有遗漏或错误。" },
    { label: "待改进", points: at(0.3), description: "要点缺失较多，需要按评语修改。" },
  ];
  // Tiny exercises (1–2 points) would repeat a score; keep each score once.
  return levels.filter((l, i) => levels.findIndex((m) => m.points === l.points) === i);
}
