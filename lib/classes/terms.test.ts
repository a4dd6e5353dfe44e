import { describe, expect, it } from "vitest";
import { currentTerm, termOptions } from "./terms";

describe("terms", () => {
  it("knows the term running now: September–January the first, February–July the second", () => {
    expect(currentTerm(new Date("2026-12-02T08:00:00+08:00"))).toBe("2026—2027 学年第一学期");
    expect(currentTerm(new Date("2027-01-20T08:00:00+08:00"))).toBe("2026—2027 学年第一学期");
    expect(currentTerm(new Date("2027-03-01T08:00:00+08:00"))).toBe("2026—2027 学年第二学期");
    expect(currentTerm(new Date("2027-08-20T08:00:00+08:00"))).toBe("2027—2028 学年第一学期");
  });

  it("offers last school year, this one and the next, with the current term among them", () => {
    const now = new Date("2026-12-02T08:00:00+08:00");
    const options = termOptions(now);
    expect(options).toEqual([
      "2025—2026 学年第一学期",
      "2025—2026 学年第二学期",
      "2026—2027 学年第一学期",
      "2026—2027 学年第二学期",
      "2027—2028 学年第一学期",
      "2027—2028 学年第二学期",
    ]);
    expect(options).toContain(currentTerm(now));
  });
});
