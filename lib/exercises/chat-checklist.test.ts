import { describe, expect, it } from "vitest";
import { checklistHits, forbiddenIn } from "./chat-checklist";

const def = { checklist: [{ label: "不急着催单：请顾客放心比较", anyOf: ["慢慢", "考虑", "比较"] }] };

describe("the 话术 self-check", () => {
  it("ticks an item for a polite reply", () => {
    expect(checklistHits(def, ["您可以慢慢考虑，有问题随时找我。"])).toEqual([true]);
  });

  it("does not tick it for a rude reply that happens to contain the word, and names the 禁用语", () => {
    expect(checklistHits(def, ["别考虑了，爱买不买"])).toEqual([false]);
    expect(forbiddenIn(["别考虑了，爱买不买"])).toEqual(["爱买不买", "别考虑了"]);
  });
});
