import { describe, expect, it } from "vitest";
import { answerText, groupAnswers, normaliseAnswer } from "./answer-text";
import { findExercise } from "./registry";

describe("normaliseAnswer", () => {
  it("unifies full/half width, spaces, case and punctuation", () => {
    expect(normaliseAnswer("真诚到永远！")).toBe(normaliseAnswer("真诚 到永远"));
    expect(normaliseAnswer("ＡＰＰ：海尔智家")).toBe(normaliseAnswer("app 海尔智家"));
    expect(normaliseAnswer("４００")).toBe("400");
  });
});

describe("answerText", () => {
  const table = findExercise("haier-t1-1");
  it("reads one table cell or the whole table", () => {
    if (!table) throw new Error("haier-t1-1 missing");
    const value = {
      rows: [{ content: "真诚到永远" }, { content: "400" }, { content: "" }, { content: "海尔智家" }, { content: "" }],
    };
    expect(answerText(table, value, { row: 0, column: "content" })).toBe("真诚到永远");
    expect(answerText(table, value)).toContain("海尔智家");
    expect(answerText(table, undefined)).toBe("");
  });
});

describe("groupAnswers", () => {
  it("puts near-identical answers together, biggest group first, empty last", () => {
    const groups = groupAnswers(["真诚到永远", "", "真诚到永远。", "用户第一", "真诚 到永远"], (x) => x);
    expect(groups.map((g) => g.members.length)).toEqual([3, 1, 1]);
    expect(groups.at(-1)?.key).toBe("");
  });
});
