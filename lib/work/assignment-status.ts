import type { SubmissionStatus } from "./status";

export type AssignmentStatus = "NOT_STARTED" | "IN_PROGRESS" | "SUBMITTED" | "RETURNED" | "GRADED";

export const ASSIGNMENT_STATUS_LABELS: Record<AssignmentStatus, string> = {
  NOT_STARTED: "未开始",
  IN_PROGRESS: "进行中",
  SUBMITTED: "已提交",
  RETURNED: "已退回",
  GRADED: "已批改",
};

/** What a student's row says about an assignment: from their drafts and latest submission. */
export function assignmentStatus(hasAnswers: boolean, latest: SubmissionStatus | null | undefined): AssignmentStatus {
  if (latest) return latest;
  return hasAnswers ? "IN_PROGRESS" : "NOT_STARTED";
}
