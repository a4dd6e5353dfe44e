import { describe, expect, it } from "vitest";
import { canEnter, homeFor, landingPath, navFor } from "./roles";

describe("canEnter", () => {
  it("keeps each area to its roles", () => {
    expect(canEnter("STUDENT", "student")).toBe(true);
    expect(canEnter("STUDENT", "teacher")).toBe(false);
    expect(canEnter("STUDENT", "admin")).toBe(false);
    expect(canEnter("TEACHER", "teacher")).toBe(true);
    expect(canEnter("TEACHER", "admin")).toBe(false);
    expect(canEnter("TEACHER", "student")).toBe(false);
    expect(canEnter("ADMIN", "teacher")).toBe(true);
    expect(canEnter("ADMIN", "admin")).toBe(true);
    expect(canEnter(null, "student")).toBe(false);
    expect(canEnter(undefined, "teacher")).toBe(false);
  });
});

describe("navFor", () => {
  it("fits the navigation to the role", () => {
    const labels = (role: Parameters<typeof navFor>[0]) => navFor(role).map((i) => i.label);
    expect(labels(null)).toEqual(["课程", "教案"]);
    expect(labels("STUDENT")).toEqual(["课程", "我的作业"]);
    expect(labels("TEACHER")).toEqual(["课程", "教案", "教学管理"]);
    expect(labels("ADMIN")).toEqual(["课程", "教案", "教学管理", "系统管理"]);
  });
});

describe("landingPath", () => {
  it("sends each role home by default", () => {
    expect(landingPath("STUDENT", null)).toBe("/student");
    expect(landingPath("TEACHER", "")).toBe(homeFor("TEACHER"));
    expect(landingPath("ADMIN", "/")).toBe("/admin");
  });

  it("returns to the page that asked for a sign-in", () => {
    expect(landingPath("TEACHER", "/teacher/classes?x=1")).toBe("/teacher/classes?x=1");
    expect(landingPath("STUDENT", "http://127.0.0.1:3000/lessons/haier-case")).toBe("/lessons/haier-case");
  });

  it("never redirects off the site", () => {
    expect(landingPath("STUDENT", "//evil.example/x")).toBe("/student");
    expect(landingPath("STUDENT", "/\\evil.example")).toBe("/student");
    expect(landingPath("STUDENT", "javascript:alert(1)")).toBe("/student");
  });

  it("does not send a role to an area it may not open", () => {
    expect(landingPath("STUDENT", "/teacher")).toBe("/student");
    expect(landingPath("TEACHER", "/admin/users")).toBe("/teacher");
    expect(landingPath("TEACHER", "/login?callbackUrl=/teacher")).toBe("/teacher");
  });
});
