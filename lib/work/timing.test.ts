import { describe, expect, it } from "vitest";
import { applicableAssignment, submissionTiming, timeLeft } from "./timing";

const due = new Date("2026-11-30T16:00:00Z");
const cutoff = new Date("2026-12-01T16:00:00Z");
const window = { openAt: new Date("2026-11-23T00:00:00Z"), dueAt: due, cutoffAt: cutoff };
const at = (base: Date, seconds: number) => new Date(base.getTime() + seconds * 1000);

describe("submissionTiming", () => {
  it("is on time one second before the due time and late one second after", () => {
    expect(submissionTiming(at(due, -1), window)).toEqual({ allowed: true, late: false });
    expect(submissionTiming(due, window)).toEqual({ allowed: true, late: false });
    expect(submissionTiming(at(due, 1), window)).toEqual({ allowed: true, late: true });
  });

  it("refuses after the cut-off and before opening", () => {
    expect(submissionTiming(cutoff, window)).toEqual({ allowed: true, late: true });
    expect(submissionTiming(at(cutoff, 1), window)).toEqual({ allowed: false, reason: "closed" });
    expect(submissionTiming(new Date("2026-11-22T23:59:59Z"), window)).toEqual({ allowed: false, reason: "not-open" });
  });

  it("without a cut-off, late work is still accepted", () => {
    expect(submissionTiming(at(due, 86_400 * 30), { ...window, cutoffAt: null })).toEqual({
      allowed: true,
      late: true,
    });
  });
});

describe("timeLeft", () => {
  it("says how long is left or how long ago it was due", () => {
    expect(timeLeft(at(due, -(2 * 86_400 + 3 * 3_600)), due)).toBe("还剩 2 天 3 小时");
    expect(timeLeft(at(due, -90 * 60), due)).toBe("还剩 1 小时 30 分钟");
    expect(timeLeft(at(due, 5 * 3_600), due)).toBe("已过截止时间 5 小时 0 分钟");
  });
});

describe("applicableAssignment", () => {
  const now = new Date("2026-12-02T10:00:00Z");
  const at = (iso: string) => new Date(`2026-${iso}:00Z`);
  const a = (id: string, openAt: string, dueAt: string, cutoffAt: string | null, createdAt: string) => ({
    id,
    openAt: at(openAt),
    dueAt: at(dueAt),
    cutoffAt: cutoffAt ? at(cutoffAt) : null,
    createdAt: at(createdAt),
  });

  it("an open assignment wins over a newer one in another class that is already closed", () => {
    const mine = a("A", "11-30T08:00", "12-05T08:00", null, "11-30T08:00");
    const other = {
      ...a("B", "01-01T08:00", "01-02T08:00", "01-03T08:00", "12-01T08:00"),
      openAt: new Date("2020-01-01"),
      dueAt: new Date("2020-01-02"),
      cutoffAt: new Date("2020-01-03"),
    };
    expect(applicableAssignment(now, [mine, other])?.id).toBe("A");
    expect(applicableAssignment(now, [other, mine])?.id).toBe("A");
  });

  it("of open assignments, one still on time (the earlier due) before one that would mark the work late", () => {
    const late = a("late", "11-20T08:00", "12-01T08:00", "12-09T08:00", "11-20T08:00");
    const later = a("later", "11-30T08:00", "12-08T08:00", null, "11-30T08:00");
    const sooner = a("sooner", "11-30T08:00", "12-04T08:00", null, "11-29T08:00");
    expect(applicableAssignment(now, [later, late, sooner])?.id).toBe("sooner");
    expect(applicableAssignment(now, [late])?.id).toBe("late");
  });

  it("none open: the next to open, else the one closed last; none at all: null", () => {
    const soon = a("soon", "12-03T08:00", "12-06T08:00", null, "11-30T08:00");
    const closed = a("closed", "11-01T08:00", "11-02T08:00", "11-03T08:00", "11-01T08:00");
    const closedLater = a("closedLater", "11-01T08:00", "11-10T08:00", "11-11T08:00", "10-01T08:00");
    expect(applicableAssignment(now, [closed, soon])?.id).toBe("soon");
    expect(applicableAssignment(now, [closed, closedLater])?.id).toBe("closedLater");
    expect(applicableAssignment(now, [])).toBeNull();
  });
});
