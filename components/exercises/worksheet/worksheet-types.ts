import type { SubmissionStatus } from "@/lib/work/status";
import type { AssignmentInfo } from "@/lib/work/timing";

// The shapes the worksheet store keeps and the work API returns.

export type EntryState =
  "saved" | "dirty" | "saving" | "offline" | "error" | "conflict" | "expired" | "local" | "unconfirmed" | "elsewhere";

/** Whether the server's copy of the answers has been read (until then nothing is called 已保存). */
export type LoadState = "loading" | "failed" | "loaded";

export type Entry = {
  id: string;
  value: unknown;
  /** The server version this value was based on (0: never saved). */
  baseVersion: number;
  state: EntryState;
  /** Typed in this tab before the server's copy was read. */
  edited?: boolean;
  message?: string;
  /** On a conflict: the newer copy the server holds. */
  server?: { value: unknown; version: number } | null;
};

export type Submission = {
  version: number;
  status: SubmissionStatus;
  submittedAt: string;
  autoScore: number | null;
  autoMax: number | null;
  late?: boolean;
  review?: {
    score: number | null;
    comment: string;
    exercises: Record<string, { score: number | null; comment: string; cells?: Record<string, string> }>;
  } | null;
};

export type ServerWork = {
  answers: Record<string, { value: unknown; version: number }>;
  submission: Submission | null;
  group?: { name: string; members: string[] } | null;
  rubrics?: Record<string, { label: string; points: number; description: string }[]>;
  assignment?: AssignmentInfo | null;
};

export type OverallStatus =
  "saved" | "saving" | "offline" | "error" | "conflict" | "expired" | "local" | "locked" | "loading" | "loadFailed";
