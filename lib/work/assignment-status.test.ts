import { describe, expect, it } from "vitest";
import { ASSIGNMENT_STATUS_LABELS, assignmentStatus } from "./assignment-status";

describe("assignmentStatus", () => {
  it("follows the student's work from 未开始 to 已批改", () => {
    const label = (hasAnswers: boolean, latest: Parameters<typeof assignmentStatus>[1]) =>
      ASSIGNMENT_STATUS_LABELS[assignmentStatus(hasAnswers, latest)];
    expect(label(false, null)).toBe("未开始");
    expect(label(true, null)).toBe("进行中");
    expect(label(true, "SUBMITTED")).toBe("已提交");
    expect(label(true, "RETURNED")).toBe("已退回");
    expect(label(true, "GRADED")).toBe("已批改");
  });
});
