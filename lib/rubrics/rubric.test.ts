import { describe, expect, it } from "vitest";
import { givenLevelState, levelToStore, parseGivenLevel, rubricLevelsSchema, starterLevels } from "./rubric";

const levels = [
  { label: "合格", points: 6, description: "答到主要要点" },
  { label: "优秀", points: 10, description: "要点齐全" },
];

describe("rubric levels", () => {
  it("accepts levels within full marks and sorts them from the highest", () => {
    const parsed = rubricLevelsSchema(10).parse(levels);
    expect(parsed.map((l) => l.label)).toEqual(["优秀", "合格"]);
  });

  it("refuses a level above full marks, with the limit in the message", () => {
    const result = rubricLevelsSchema(8).safeParse(levels);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain("8");
  });

  it("refuses repeated names or scores, a single level, and quarter points", () => {
    expect(rubricLevelsSchema(10).safeParse([levels[0], { ...levels[1], label: "合格" }]).success).toBe(false);
    expect(rubricLevelsSchema(10).safeParse([levels[0], { ...levels[1], points: 6 }]).success).toBe(false);
    expect(rubricLevelsSchema(10).safeParse([levels[0]]).success).toBe(false);
    expect(rubricLevelsSchema(10).safeParse([levels[0], { ...levels[1], points: 7.25 }]).success).toBe(false);
  });

  it("refuses an empty name or description and a typed-in non-number", () => {
    expect(rubricLevelsSchema(10).safeParse([levels[0], { ...levels[1], label: "  " }]).success).toBe(false);
    expect(rubricLevelsSchema(10).safeParse([levels[0], { ...levels[1], description: "" }]).success).toBe(false);
    expect(rubricLevelsSchema(10).safeParse([levels[0], { ...levels[1], points: Number.NaN }]).success).toBe(false);
  });

  it("offers a starter rubric whose scores fit and differ for any full marks", () => {
    for (const max of [1, 2, 5, 10, 15, 40]) {
      expect(rubricLevelsSchema(max).safeParse(starterLevels(max)).success, `满分 ${max}`).toBe(true);
    }
  });
});

describe("scores given with a level", () => {
  it("keeps the level only while the score still matches it", () => {
    expect(levelToStore({ label: "优秀", points: 10 }, 10)).toBe('{"label":"优秀","points":10}');
    expect(levelToStore({ label: "优秀", points: 10 }, 9)).toBeNull();
    expect(levelToStore(null, 9)).toBeNull();
  });

  it("tells a current level from one edited since, and leaves the score alone", () => {
    const given = parseGivenLevel('{"label":"优秀","points":10}');
    expect(givenLevelState(given, 10, levels)).toBe("current");
    const edited = [{ label: "优秀", points: 9, description: "要点齐全" }, levels[0]!];
    expect(givenLevelState(given, 10, edited)).toBe("changed");
    expect(givenLevelState(given, 10, null)).toBe("changed");
    // A score typed over the level afterwards is no longer "given with" it.
    expect(givenLevelState(given, 7, levels)).toBeNull();
    expect(parseGivenLevel("not json")).toBeNull();
  });
});
