import type { SubmissionStatus } from "./status";

export type AssignmentStatus = "未开始" | "进行中" | "已提交" | "已退回" | "已批改";

/** What a student's row says about an assignment: from their drafts and latest submission. */
export function assignmentStatus(hasAnswers: boolean, latest: SubmissionStatus | null | undefined): AssignmentStatus {
  if (latest === "GRADED") return "已批改";
  if (latest === "RETURNED") return "已退回";
  if (latest === "SUBMITTED") return "已提交";
  return hasAnswers ? "进行中" : "未开始";
}
