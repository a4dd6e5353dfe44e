import { describe, expect, it } from "vitest";
import { classifyAccounts, sameName, willImport } from "./roster-accounts";
import { parseRoster } from "./roster";

const rows = parseRoster(
  "学号,姓名\nnew1,新同学\nmine1,王雨涵\nmine2,王语涵\nin1,张思琪\nin2,张思齐\nelse1,赵六\nt1,老师",
  "x",
).rows;

const existing = [
  { username: "mine1", name: "王雨涵", role: "STUDENT" as const, classIds: ["other"], teacherIds: ["me"] },
  { username: "mine2", name: "王雨涵", role: "STUDENT" as const, classIds: ["other"], teacherIds: ["me"] },
  { username: "in1", name: "张思琪", role: "STUDENT" as const, classIds: ["this"], teacherIds: ["me"] },
  { username: "in2", name: "张思琪", role: "STUDENT" as const, classIds: ["this"], teacherIds: ["me"] },
  { username: "else1", name: "赵五", role: "STUDENT" as const, classIds: ["far"], teacherIds: ["colleague"] },
  { username: "t1", name: "李老师", role: "TEACHER" as const, classIds: [], teacherIds: [] },
];

describe("classifyAccounts", () => {
  it("says for every row what import will do, and flags a 学号 whose account has another name", () => {
    const checks = classifyAccounts(rows, existing, { classId: "this", callerId: "me", admin: false });
    expect(checks.map((c) => [c.username, c.status, c.mismatch, c.existingName])).toEqual([
      ["new1", "new", false, undefined],
      ["mine1", "enrol", false, "王雨涵"],
      ["mine2", "enrol", true, "王雨涵"],
      ["in1", "in-class", false, "张思琪"],
      ["in2", "in-class", true, "张思琪"],
      // Another teacher's student or a staff account: the mismatch is said, the name is not shown.
      ["else1", "elsewhere", true, undefined],
      ["t1", "elsewhere", true, undefined],
    ]);
  });

  it("shows an admin every account's name", () => {
    const checks = classifyAccounts(rows, existing, { classId: "this", callerId: "admin", admin: true });
    expect(checks.find((c) => c.username === "else1")?.existingName).toBe("赵五");
  });

  it("compares names ignoring spaces, width and invisible characters", () => {
    expect(sameName("王 雨涵", "王雨涵")).toBe(true);
    expect(sameName("Ｌｉ Ｈｏｎｇ", "li hong")).toBe(true);
    expect(sameName("王雨涵", "王语涵")).toBe(false);
  });
});

describe("willImport", () => {
  it("writes new accounts and matching own students; a mismatch only once confirmed; never another teacher's student", () => {
    const checks = classifyAccounts(rows, existing, { classId: "this", callerId: "me", admin: false });
    const imported = (confirmed: string[]) =>
      checks.filter((c) => willImport(c, new Set(confirmed))).map((c) => c.username);
    expect(imported([])).toEqual(["new1", "mine1"]);
    expect(imported(["mine2", "else1", "in2"])).toEqual(["new1", "mine1", "mine2"]);
  });
});
