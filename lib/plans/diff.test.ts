import { describe, expect, it } from "vitest";
import { blankPlan } from "./blank";
import { diffPlans } from "./diff";

describe("diffPlans", () => {
  it("names each changed field in the template's words", () => {
    const before = { ...blankPlan(), title: "任务一", keyPoints: "分类" };
    const after = structuredClone(before);
    after.title = "任务一（修订）";
    after.phases[1] = { ...after.phases[1]!, minutes: 35, teacher: "讲授四类客户" };
    after.phases.push({ name: "课堂小测", minutes: 5, teacher: "", student: "", objectives: [], links: [] });
    expect(diffPlans(before, after)).toEqual([
      { field: "课题名称", before: "任务一", after: "任务一（修订）" },
      { field: "环节 2“新课讲授”时长", before: "40", after: "35" },
      { field: "环节 2“新课讲授”教师活动", before: "", after: "讲授四类客户" },
      { field: "环节 6", before: "", after: "新增“课堂小测”（5 分钟）" },
    ]);
  });

  it("finds nothing between identical plans", () => {
    expect(diffPlans(blankPlan(), blankPlan())).toEqual([]);
  });
});
