import { z } from "zod";
import { MAX_LEVELS, type GivenLevel, type RubricLevel } from "./levels";

// 评分标准: levels a teacher picks from when scoring one exercise. A level sets the score once;
// the score is then a plain number, so editing the rubric later changes no score already given.

export * from "./levels";

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
    const parsed = z
      .array(z.object({ label: z.string(), points: z.number(), description: z.string() }))
      .safeParse(JSON.parse(json));
    return parsed.success && parsed.data.length > 0 ? parsed.data : null;
  } catch {
    return null;
  }
}

export function parseGivenLevel(json: string | null | undefined): GivenLevel | null {
  if (!json) return null;
  try {
    const parsed = z.object({ label: z.string().min(1).max(20), points: z.number() }).safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
