import { describe, expect, it } from "vitest";
import { planSchema, type PlanInput } from "./schema";
import { planProblems } from "./validate";

const catalogue = {
  lessonExists: (slug: string) => slug === "haier-case",
  findExercise: (id: string) =>
    id === "haier-t1-1" ? { objectives: ["knowledge" as const, "ability" as const] } : undefined,
};

const base: PlanInput = {
  title: "任务一 初识客户和客户服务",
  hours: 2,
  content: "客户与客户服务",
  objectives: { knowledge: "了解客户", ability: "能分类", quality: "服务意识" },
  keyPoints: "分类",
  difficulties: "重要性",
  teachingMethods: "讲授法",
  learningMethods: "实践法",
  ideology: "民族自豪感",
  homework: "简述分类",
  phases: [
    { name: "导入", minutes: 5, teacher: "讲故事", student: "听", objectives: ["quality"] },
    { name: "新课讲授", minutes: 40, teacher: "讲授", student: "记笔记", objectives: ["knowledge"] },
    {
      name: "学生实践",
      minutes: 40,
      teacher: "指导",
      student: "填表",
      links: [{ type: "exercise", exercise: "haier-t1-1" }],
    },
    { name: "总结归纳", minutes: 4, teacher: "总结", student: "回顾" },
    { name: "作业布置", minutes: 1, teacher: "布置", student: "记录" },
  ],
};

const parse = (input: PlanInput) => planSchema.parse(input);

describe("plan rules", () => {
  it("accept the 5/40/40/4/1 plan of two hours", () => {
    expect(planProblems(parse(base), catalogue)).toEqual([]);
  });

  it("say by how much the minutes miss 学时 × 45", () => {
    const short = parse({ ...base, phases: base.phases.slice(0, 4) });
    expect(planProblems(short, catalogue)).toEqual([
      "各环节时长合计 89 分钟，应等于 2 学时 × 45 = 90 分钟（少了 1 分钟）。",
    ]);
    const long = parse({ ...base, hours: 1 });
    expect(planProblems(long, catalogue)[0]).toContain("多了 45 分钟");
  });

  it("count a linked exercise's objectives as served", () => {
    const noExercise = parse({ ...base, phases: base.phases.map((p) => ({ ...p, links: [] })) });
    expect(planProblems(noExercise, catalogue)).toEqual([
      "没有任何环节或练习对应“能力目标”：请在某个环节里勾选它，或链接一道对应该目标的练习。",
    ]);
  });

  it("flag links to lessons or exercises that do not exist", () => {
    const broken = parse({
      ...base,
      phases: base.phases.map((p, i) =>
        i === 0
          ? {
              ...p,
              links: [
                { type: "lesson", lesson: "no-such" },
                { type: "exercise", exercise: "zzz" },
              ],
            }
          : p,
      ),
    });
    expect(planProblems(broken, catalogue)).toEqual([
      "环节“导入”链接的课程“no-such”不存在。",
      "环节“导入”链接的练习“zzz”不存在。",
    ]);
  });

  it("explain missing required fields in Chinese", () => {
    const result = planSchema.safeParse({ ...base, title: " ", phases: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(["请填写“课题名称”。", "教学过程至少要有一个环节。"]);
  });

  it("refuse Markdown that would tie up the plan pages, naming the field and the line", () => {
    const hostile = parse({
      ...base,
      content: "客户与客户服务\n" + ">".repeat(9000),
      phases: base.phases.map((p, i) =>
        i === 0 ? { ...p, teacher: "*_".repeat(9000) } : i === 1 ? { ...p, student: "- ".repeat(4000) } : p,
      ),
    });
    expect(planProblems(hostile, catalogue)).toEqual([
      "“教学内容”第 2 行开头的列表或引用标记（“>”“-”“*”“+”或编号）嵌套超过 8 层。请减少这一行开头的标记；若想画分隔线，请单独一行写“---”。",
      "环节“导入”的“教师活动”第 1 行有 18000 个连在一起的“*”“_”“~”符号，最多 200 个。请删去多余的符号。",
      "环节“新课讲授”的“学生活动”第 1 行开头的列表或引用标记（“>”“-”“*”“+”或编号）嵌套超过 8 层。请减少这一行开头的标记；若想画分隔线，请单独一行写“---”。",
    ]);
  });
});
