import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db-client";

// The admin's account search on a throw-away SQLite database migrated like production: % and _
// typed into the box are letters to look for, not LIKE wildcards.

vi.mock("@/lib/dal/session", () => ({
  userWithRoleOr404: async () => ({ id: "admin", name: "管理员", role: "ADMIN", mustChangePassword: false }),
}));

let dir = "";
let prisma: Db;
let listUsers: typeof import("./users").listUsers;

const ACCOUNTS = [
  { username: "li_ming", name: "李明", role: "STUDENT" },
  { username: "liaming", name: "李阿明", role: "STUDENT" },
  { username: "s100", name: "满分100%同学", role: "STUDENT" },
  { username: "s1000", name: "一百分同学", role: "STUDENT" },
  { username: "t-back", name: "A\\B 老师", role: "TEACHER" },
  { username: "t-plain", name: "AB 老师", role: "TEACHER" },
  { username: "admin", name: "管理员", role: "ADMIN" },
] as const;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "kefu-users-"));
  const url = `file:${path.join(dir, "users.db")}`;
  const migrated = spawnSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (migrated.status !== 0) throw new Error(`prisma migrate deploy failed: ${migrated.stderr}`);
  process.env.DATABASE_URL = url;
  ({ prisma } = await import("@/lib/db"));
  ({ listUsers } = await import("./users"));
  await prisma.user.createMany({ data: ACCOUNTS.map((a) => ({ ...a, passwordHash: "x" })) });
}, 60_000);

afterAll(async () => {
  await prisma?.$disconnect();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const found = async (q: string, role?: "ADMIN" | "TEACHER" | "STUDENT") => {
  const { users, total } = await listUsers({ q, role });
  expect(total).toBe(users.length);
  return users.map((u) => u.username);
};

describe("listUsers", () => {
  it("finds accounts by part of the username or the name", async () => {
    expect(await found("li")).toEqual(["li_ming", "liaming"]);
    expect(await found("LI")).toEqual(["li_ming", "liaming"]);
    expect(await found("同学")).toEqual(["s100", "s1000"]);
    expect(await found("老师", "TEACHER")).toEqual(["t-back", "t-plain"]);
    expect(await found("老师", "STUDENT")).toEqual([]);
  });

  it("matches % and _ literally, not as wildcards", async () => {
    expect(await found("%")).toEqual(["s100"]);
    expect(await found("100%")).toEqual(["s100"]);
    expect(await found("_")).toEqual(["li_ming"]);
    expect(await found("li_ming")).toEqual(["li_ming"]);
    expect(await found("%%")).toEqual([]);
    expect(await found("__")).toEqual([]);
  });

  it("matches a backslash literally too", async () => {
    expect(await found("\\")).toEqual(["t-back"]);
    expect(await found("A\\B")).toEqual(["t-back"]);
    expect(await found("\\%")).toEqual([]);
  });

  it("still shows the first 200 in order and counts them all", async () => {
    await prisma.user.createMany({
      data: Array.from({ length: 230 }, (_, i) => ({
        username: `x_${String(i).padStart(3, "0")}`,
        name: `批量_${i}`,
        role: "STUDENT" as const,
        passwordHash: "x",
      })),
    });
    const { users, total } = await listUsers({ q: "_" });
    expect(total).toBe(231);
    expect(users).toHaveLength(200);
    expect(users[0]?.username).toBe("li_ming");
    expect(users[199]?.username).toBe("x_198");
    expect(users[0]).not.toHaveProperty("passwordHash");
    expect((await listUsers({ q: "" })).total).toBe(ACCOUNTS.length + 230);
  });
});
