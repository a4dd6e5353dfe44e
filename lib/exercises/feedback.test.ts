import { describe, expect, it } from "vitest";
import { emptyAnswer } from "./answers";
import { feedbackFor, withoutKey } from "./feedback";
import { exercises } from "./registry";

// A check on assessed work says right or wrong and nothing more: no explanation, and for an
// order exercise not even the step ids, whose order is the answer.

describe("withoutKey", () => {
  it("leaves no explanation and no step order in an order exercise's marks", () => {
    const def = exercises.find((e) => e.kind === "order")!;
    const full = feedbackFor(def, emptyAnswer(def))!;
    expect(full.items.some((i) => i.note)).toBe(true);
    const bare = withoutKey(def, full);
    expect(bare.items.every((i) => i.note === undefined)).toBe(true);
    expect(bare.items.map((i) => i.key)).toEqual(full.items.map((_, i) => `#${i + 1}`));
    expect(bare.items.map((i) => i.correct)).toEqual(full.items.map((i) => i.correct));
    expect(JSON.stringify(bare)).not.toMatch(new RegExp(full.items.map((i) => i.key).join("|")));
  });

  it("keeps item ids for a classify exercise (they are the student's own cards) but drops 应归入", () => {
    const def = exercises.find((e) => e.kind === "classify")!;
    const bare = withoutKey(def, feedbackFor(def, {})!);
    expect(JSON.stringify(bare)).not.toContain("应归入");
  });
});
