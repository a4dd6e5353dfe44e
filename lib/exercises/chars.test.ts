import { describe, expect, it } from "vitest";
import { charCount, firstChars } from "./chars";

describe("character counts", () => {
  it("counts an emoji and a rare CJK character as one each", () => {
    expect(charCount("海尔😀𠀀")).toBe(4);
    expect("海尔😀𠀀".length).toBe(6);
  });

  it("cuts after whole characters only", () => {
    expect(firstChars("ab😀cd", 3)).toBe("ab😀");
    expect(firstChars("短", 10)).toBe("短");
  });
});
