export type SubmissionStatus = "SUBMITTED" | "RETURNED" | "GRADED";

/** Submitted or graded work is read-only until the teacher returns it. */
export function isLocked(status: SubmissionStatus | null | undefined): boolean {
  return status === "SUBMITTED" || status === "GRADED";
}
