import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { actionMessages } from "@/lib/messages/actions";

type User = { id: string; name: string; role: "STUDENT" | "TEACHER" | "ADMIN"; mustChangePassword: boolean };
const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock("@/lib/dal/session", () => ({ verifySession: async () => session.user }));

const { action, notYours } = await import("./action");

const teacher: User = { id: "t1", name: "老师", role: "TEACHER", mustChangePassword: false };
const rename = (run: (input: { name: string }) => Promise<unknown>) =>
  action({
    roles: ["TEACHER", "ADMIN"],
    input: z
      .object({
        name: z.string().trim().min(1, "请填写名称。").max(5, "名称最多 5 个字。"),
        size: z.number().optional(),
      })
      .strict(),
    run: async (input) => ({ ok: true as const, data: await run(input) }),
  });

describe("the action builder", () => {
  it("runs the domain function with the parsed input for an allowed role", async () => {
    session.user = teacher;
    expect(await rename(async (i) => i.name)({ name: "  一班 " })).toEqual({ ok: true, data: "一班" });
  });

  it("refuses a signed-out caller, a wrong role and a first-login account before parsing anything", async () => {
    const run = vi.fn(async () => "");
    session.user = null;
    expect(await rename(run)({ name: "x" })).toMatchObject({
      ok: false,
      reason: "signed-out",
      message: actionMessages.signedOut,
    });
    session.user = { ...teacher, role: "STUDENT" };
    expect(await rename(run)({ name: "x" })).toMatchObject({ ok: false, reason: "forbidden" });
    session.user = { ...teacher, mustChangePassword: true };
    expect(await rename(run)({ name: "x" })).toMatchObject({ ok: false, reason: "forbidden" });
    expect(run).not.toHaveBeenCalled();
  });

  it("turns zod errors into the Chinese message and per-field errors, never zod's English", async () => {
    session.user = teacher;
    const result = await rename(async () => "")({ name: "太长太长太长的名字", size: "big" });
    expect(result).toMatchObject({ ok: false, reason: "invalid", message: "名称最多 5 个字。" });
    expect(result.ok ? {} : result.fieldErrors).toMatchObject({ name: ["名称最多 5 个字。"] });
    const unknown = await rename(async () => "")({ name: "好", extra: 1 });
    expect(unknown).toMatchObject({ ok: false, reason: "invalid", message: actionMessages.invalidInput });
  });

  it("maps a busy database to a retryable refusal, a row outside the scope to forbidden, anything else to a plain failure", async () => {
    session.user = teacher;
    const locked = Object.assign(new Error("SQLite database error: database is locked"), { code: "P1008" });
    expect(await rename(async () => Promise.reject(locked))({ name: "a" })).toMatchObject({
      ok: false,
      reason: "busy",
      message: actionMessages.busy,
    });
    expect(await rename(async () => notYours())({ name: "a" })).toMatchObject({ ok: false, reason: "forbidden" });
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    const crash = await rename(async () => Promise.reject(new TypeError("x is undefined")))({ name: "a" });
    expect(crash).toEqual({ ok: false, reason: "error", message: actionMessages.failed });
    quiet.mockRestore();
  });
});
