// Whether a submit is on time, late or refused — decided by the server's clock only.

export type Window = { openAt: Date; dueAt: Date; cutoffAt: Date | null };

/** A deadline as the lesson page receives it, with the server's clock at the time. */
export type AssignmentInfo = {
  openAt: string;
  dueAt: string;
  cutoffAt: string | null;
  serverNow: string;
  /** 检查答案: a few right-or-wrong checks (assessed) or as many as wanted with explanations (practice). */
  checkMode: "assessed" | "practice";
  checkLimit: number;
  /** The teacher gave this student their own due time (延期). */
  extended: boolean;
};

export type DeadlineState = "not-open" | "open" | "late" | "closed";

/** Where a student stands against the deadline, by the server's clock. */
export function deadlineState(now: Date, window: Window): DeadlineState {
  const timing = submissionTiming(now, window);
  if (!timing.allowed) return timing.reason === "closed" ? "closed" : "not-open";
  return timing.late ? "late" : "open";
}

export type Timing = { allowed: true; late: boolean } | { allowed: false; reason: "not-open" | "closed" };

export function submissionTiming(now: Date, window: Window): Timing {
  if (now < window.openAt) return { allowed: false, reason: "not-open" };
  if (window.cutoffAt && now > window.cutoffAt) return { allowed: false, reason: "closed" };
  return { allowed: true, late: now > window.dueAt };
}

/** "还剩 2 天 3 小时" / "已过期 5 小时" for the student's list. */
export function timeLeft(now: Date, dueAt: Date): string {
  const ms = dueAt.getTime() - now.getTime();
  const abs = Math.abs(ms);
  const days = Math.floor(abs / 86_400_000);
  const hours = Math.floor((abs % 86_400_000) / 3_600_000);
  const minutes = Math.floor((abs % 3_600_000) / 60_000);
  const span =
    days > 0
      ? `${days} 天 ${hours} 小时`
      : hours > 0
        ? `${hours} 小时 ${minutes} 分钟`
        : `${Math.max(minutes, 1)} 分钟`;
  return ms >= 0 ? `还剩 ${span}` : `已过截止时间 ${span}`;
}

/**
 * Which of a student's assignments of one lesson their work goes to, when the lesson is set to
 * more than one of their classes: the one that takes work on time now (the earliest due first), else
 * one that still takes it late (the latest due), else the next to open, else the one closed last. Never "the newest in any class": another class's
 * assignment with an early cut-off must not close this one.
 */
export function applicableAssignment<A extends Window & { createdAt: Date }>(
  now: Date,
  assignments: readonly A[],
): A | null {
  const by = (key: (a: A) => number) => (x: A, y: A) =>
    key(x) - key(y) || x.createdAt.getTime() - y.createdAt.getTime();
  const onTime = assignments.filter((a) => submissionTiming(now, a).allowed && now <= a.dueAt);
  if (onTime.length) return [...onTime].sort(by((a) => a.dueAt.getTime()))[0] ?? null;
  const late = assignments.filter((a) => submissionTiming(now, a).allowed);
  if (late.length) return [...late].sort(by((a) => -a.dueAt.getTime()))[0] ?? null;
  const upcoming = assignments.filter((a) => now < a.openAt);
  if (upcoming.length) return [...upcoming].sort(by((a) => a.openAt.getTime()))[0] ?? null;
  return [...assignments].sort(by((a) => -(a.cutoffAt ?? a.dueAt).getTime()))[0] ?? null;
}
