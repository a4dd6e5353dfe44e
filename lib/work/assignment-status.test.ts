import { describe, expect, it } from "vitest";
import { assignmentStatus } from "./assignment-status";

describe("assignmentStatus", () => {
  it("follows the student's work from 未开始 to 已批改", () => {
    expect(assignmentStatus(false, null)).toBe("未开始");
    expect(assignmentStatus(true, null)).toBe("进行中");
    expect(assignmentStatus(true, "SUBMITTED")).toBe("已提交");
    expect(assignmentStatus(true, "RETURNED")).toBe("已退回");
    expect(assignmentStatus(true, "GRADED")).toBe("已批改");
  });
});
