import { describe, expect, it } from "vitest";
import { exerciseProgress, objectiveAttainment } from "./progress";

const input = {
  exercises: [
    { id: "a", title: "表1-1", points: 10, objectives: ["knowledge" as const] },
    { id: "b", title: "表1-2", points: 10, objectives: ["ability" as const, "quality" as const] },
  ],
  students: [
    { name: "甲", submitted: true, scores: { a: 8, b: 4 } },
    { name: "乙", submitted: true, scores: { a: 10, b: null } },
    { name: "丙", submitted: false, scores: null },
  ],
};

describe("class progress", () => {
  it("averages each exercise over the scored students, weakest first", () => {
    expect(exerciseProgress(input)).toEqual([
      { id: "b", title: "表1-2", scored: 1, average: 4, rate: 0.4 },
      { id: "a", title: "表1-1", scored: 2, average: 9, rate: 0.9 },
    ]);
  });

  it("measures each objective over the exercises that serve it", () => {
    expect(objectiveAttainment(input)).toEqual({ knowledge: 0.9, ability: 0.4, quality: 0.4 });
    expect(objectiveAttainment({ ...input, students: [] })).toEqual({ knowledge: null, ability: null, quality: null });
  });
});

import { mostMissedCells, reflectionDraft } from "./progress";

describe("most-missed cells and the reflection draft", () => {
  const tables = [
    {
      title: "表1-1",
      cells: [
        { key: "0:content", label: "服务理念" },
        { key: "1:content", label: "咨询帮助热线" },
      ],
    },
  ];
  const answers: (Record<string, string> | null)[] = [
    { "0:content": "真诚到永远", "1:content": "" },
    { "0:content": "真诚到永远" },
    null,
  ];

  it("ranks the cells left empty most often", () => {
    expect(mostMissedCells(tables, () => answers)).toEqual([
      { exercise: "表1-1", cell: "咨询帮助热线", empty: 3, of: 3 },
      { exercise: "表1-1", cell: "服务理念", empty: 1, of: 3 },
    ]);
  });

  it("drafts a 教学反思 paragraph from the figures", () => {
    const text = reflectionDraft({
      lesson: "海尔案例",
      className: "23电商1班",
      submitted: 2,
      total: 5,
      weakest: { id: "a", title: "表1-1", scored: 2, average: 6, rate: 0.6 },
      attainment: { knowledge: 0.8, ability: 0.9, quality: null },
      missed: [{ exercise: "表1-1", cell: "咨询帮助热线", empty: 3, of: 3 }],
    });
    expect(text).toBe(
      "23电商1班《海尔案例》的作业已交 2/5 人。目标达成度：知识 80%，能力 90%，素质 暂无数据。得分率最低的是“表1-1”（60%），下次讲授时要多给示范、留足练习时间。学生最常空着的是：表1-1的“咨询帮助热线”，说明查找这些信息的方法还要再讲清楚。还有 3 人未交，课后要逐一跟进。",
    );
  });
});
