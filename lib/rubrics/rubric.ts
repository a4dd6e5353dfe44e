import { z } from "zod";

// 评分标准: levels a teacher picks from when scoring one exercise. A level sets the score once;
// the score is then a plain number, so editing the rubric later changes no score already given.

export type RubricLevel = { label: string; points: number; description: string };

export const MAX_LEVELS = 6;

/** A rubric as a teacher types it, checked against the exercise's full marks. */
export function rubricLevelsSchema(maxPoints: number) {
  return z
    .array(
      z
        .object({
          label: z.string().trim().min(1, "每一档都要有名称，例如“优秀”。").max(20, "档位名称最多 20 字。"),
          points: z
            .number({ error: "分数要填数字。" })
            .min(0, "分数不能是负数。")
            .max(maxPoints, `分数不能超过本题满分 ${maxPoints} 分。`)
            .refine((n) => Number.isInteger(n * 2), "分数只能是整数或 .5。"),
          description: z.string().trim().min(1, "请写明这一档的要求，学生会看到。").max(300, "每档说明最多 300 字。"),
        })
        .strict(),
    )
    .min(2, "评分标准至少要有 2 档。")
    .max(MAX_LEVELS, `评分标准最多 ${MAX_LEVELS} 档。`)
    .refine((levels) => new Set(levels.map((l) => l.label)).size === levels.length, "档位名称不能重复。")
    .refine((levels) => new Set(levels.map((l) => l.points)).size === levels.length, "每一档的分数要各不相同。")
    .transform((levels) => [...levels].sort((a, b) => b.points - a.points));
}

/** Reads stored levels; anything unreadable counts as no rubric rather than an error page. */
export function parseLevels(json: string): RubricLevel[] | null {
  try {
    const parsed = z.array(z.object({ label: z.string(), points: z.number(), description: z.string() })).safeParse(JSON.parse(json));
    return parsed.success && parsed.data.length > 0 ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The level as it read when a score was given, stored beside the score. */
export type GivenLevel = { label: string; points: number };

export function parseGivenLevel(json: string | null | undefined): GivenLevel | null {
  if (!json) return null;
  try {
    const parsed = z.object({ label: z.string().min(1).max(20), points: z.number() }).safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * What to tell the teacher about a score given with a rubric level, now that the rubric may have
 * changed: "current" when the level still reads the same, "changed" when it was edited or removed
 * since (the score stays as given), null when no level was used.
 */
export function givenLevelState(given: GivenLevel | null, score: number | null, levels: readonly RubricLevel[] | null | undefined) {
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
