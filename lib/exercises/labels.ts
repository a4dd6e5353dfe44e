// Names shown for objectives and exercise kinds. No zod here: client components import these,
// and the lesson pages must not ship the validation library to the browser.

export const OBJECTIVE_KINDS = ["knowledge", "ability", "quality"] as const;
export type ObjectiveKind = (typeof OBJECTIVE_KINDS)[number];
export const OBJECTIVE_LABELS: Record<ObjectiveKind, string> = { knowledge: "知识", ability: "能力", quality: "素质" };

export type ExerciseKind = "table" | "choice" | "classify" | "order" | "numeric" | "chat" | "typing" | "project";

/** How the teacher's screens name each kind of exercise. */
export const EXERCISE_KIND_LABELS: Record<ExerciseKind, string> = {
  table: "表格",
  choice: "选择题",
  classify: "分类",
  order: "排序",
  numeric: "计算",
  chat: "对话演练",
  typing: "打字",
  project: "简答 / 项目",
};
