import { describe, expect, it } from "vitest";
import { submissionTiming, timeLeft } from "./timing";

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
    expect(submissionTiming(at(due, 86_400 * 30), { ...window, cutoffAt: null })).toEqual({ allowed: true, late: true });
  });
});

describe("timeLeft", () => {
  it("says how long is left or how long ago it was due", () => {
    expect(timeLeft(at(due, -(2 * 86_400 + 3 * 3_600)), due)).toBe("还剩 2 天 3 小时");
    expect(timeLeft(at(due, -90 * 60), due)).toBe("还剩 1 小时 30 分钟");
    expect(timeLeft(at(due, 5 * 3_600), due)).toBe("已过截止时间 5 小时 0 分钟");
  });
});
