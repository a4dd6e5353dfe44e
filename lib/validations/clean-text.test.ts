import { describe, expect, it } from "vitest";
import { cleanName } from "./clean-text";
import { createUserSchema } from "./user";

describe("cleanName", () => {
  it("drops control and zero-width characters and trims", () => {
    expect(cleanName("\0王\u200b小明\u2060")).toBe("王小明");
    expect(cleanName("\ufeff  王雨涵\u00a0\u3000")).toBe("王雨涵");
    expect(cleanName("\u0001\u001f\u007f\u0085\u009f李\u200c\u200d\u200e\u200f红")).toBe("李红");
    expect(cleanName("\0=1+1")).toBe("=1+1");
  });
  it("drops direction overrides, invisible tag characters and broken surrogates", () => {
    expect(cleanName("\u202e王小明\u202c")).toBe("王小明");
    expect(cleanName("王小明\u{e0041}\u{e0042}")).toBe("王小明");
    expect(cleanName("王\ud800小明")).toBe("王小明");
  });
  it("turns line breaks and tabs into one space between words", () => {
    expect(cleanName("Li\nMing")).toBe("Li Ming");
    expect(cleanName("Li \t\r\n Ming")).toBe("Li Ming");
    expect(cleanName("阿依古丽·买买提")).toBe("阿依古丽·买买提");
  });
  it("keeps what a name may contain", () => {
    for (const name of ["王雨涵", "欧阳娜娜", "Anna Lee", "王😀", "葛\u{e0100}"]) expect(cleanName(name)).toBe(name);
  });
  it("is applied to the name of a new account, before its length is checked", () => {
    const parsed = createUserSchema.safeParse({ username: "s01", name: "\u200b\0王小明\u2060", role: "STUDENT" });
    expect(parsed.success && parsed.data.name).toBe("王小明");
    const invisible = createUserSchema.safeParse({ username: "s02", name: "\u200b\u200b\0", role: "STUDENT" });
    expect(invisible.success).toBe(false);
  });
});
