import type { ExerciseKind } from "./definition";

// Names shown for objectives and exercise kinds, and which kinds the server marks at once. No zod
// here: client components import these, and the lesson pages must not ship the validation library
// to the browser. The kind modules (./kinds) take their label and `autoGraded` from KIND_FACTS.

export type { ExerciseKind } from "./definition";

export const OBJECTIVE_KINDS = ["knowledge", "ability", "quality"] as const;
export type ObjectiveKind = (typeof OBJECTIVE_KINDS)[number];
export const OBJECTIVE_LABELS: Record<ObjectiveKind, string> = { knowledge: "知识", ability: "能力", quality: "素质" };

/**
 * Per kind: how the teacher's screens name it, and whether the server scores and explains it at
 * once (检查) — the others are scored by the teacher.
 */
export const KIND_FACTS = {
  table: { label: "表格", autoGraded: false },
  choice: { label: "选择题", autoGraded: true },
  classify: { label: "分类", autoGraded: true },
  order: { label: "排序", autoGraded: true },
  numeric: { label: "计算", autoGraded: true },
  chat: { label: "对话演练", autoGraded: false },
  typing: { label: "打字", autoGraded: false },
  project: { label: "简答 / 项目", autoGraded: false },
} as const satisfies { readonly [K in ExerciseKind]: { readonly label: string; readonly autoGraded: boolean } };

const kinds = Object.keys(KIND_FACTS) as (keyof typeof KIND_FACTS)[];

/** How the teacher's screens name each kind of exercise. */
export const EXERCISE_KIND_LABELS: Readonly<Record<ExerciseKind, string>> = Object.fromEntries(
  kinds.map((kind) => [kind, KIND_FACTS[kind].label]),
) as Record<ExerciseKind, string>;

/** Kinds the server can score and explain at once. */
export const AUTO_GRADED_KINDS: ReadonlySet<ExerciseKind> = new Set(
  kinds.filter((kind) => KIND_FACTS[kind].autoGraded),
);
