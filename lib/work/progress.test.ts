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
