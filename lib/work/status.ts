export type SubmissionStatus = "SUBMITTED" | "RETURNED" | "GRADED";

/** Submitted or graded work is read-only until the teacher returns it. */
export function isLocked(status: SubmissionStatus | null | undefined): boolean {
  return status === "SUBMITTED" || status === "GRADED";
}

export const SUBMISSION_STATUS_LABELS: Record<SubmissionStatus, string> = {
  SUBMITTED: "待批改",
  RETURNED: "已退回",
  GRADED: "已批改",
};
