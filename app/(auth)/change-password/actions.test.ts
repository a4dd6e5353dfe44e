import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { User as AuthUser } from "next-auth";
import { migratedDatabase } from "@/lib/auth/test-database";

// Changing the password tests the current one: it is throttled on the account like a sign-in,
// so a borrowed session cannot be used to guess the password behind it.

type SessionUser = { id: string; name: string; role: "STUDENT"; mustChangePassword: boolean };
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/dal/session", () => ({ verifySession: async () => session.user }));

const tested = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/password", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/password")>();
  return {
    ...actual,
    verifyPassword: async (...args: Parameters<typeof actual.verifyPassword>) => {
      tested.count++;
      return actual.verifyPassword(...args);
    },
  };
});

const PASSWORD = "demo1234";
const T0 = new Date("2026-12-07T07:50:00Z");
const at = (ms: number) => vi.setSystemTime(new Date(T0.getTime() + ms));

let database: Awaited<ReturnType<typeof migratedDatabase>>;
let prisma: (typeof import("@/lib/db"))["prisma"];
let changePassword: (typeof import("./actions"))["changePassword"];
let initial: (typeof import("@/lib/actions/result"))["initialActionResult"];
let studentId = "";

function form(currentPassword: string, newPassword = "newpass2026") {
  const data = new FormData();
  data.set("currentPassword", currentPassword);
  data.set("newPassword", newPassword);
  data.set("confirmPassword", newPassword);
  return data;
}

/** "changed", "wrong" (current password tested and refused) or the message shown by the field. */
async function change(currentPassword: string): Promise<string> {
  const result = await changePassword(initial as never, form(currentPassword));
  if (result.ok) return "changed";
  const field =
    (result as { fieldErrors?: Record<string, string[]>; errors?: Record<string, string[]> }).fieldErrors ??
    (result as { errors?: Record<string, string[]> }).errors;
  const text = field?.currentPassword?.[0] ?? result.message ?? "";
  return text === "当前密码不正确。" ? "wrong" : text;
}

beforeAll(async () => {
  database = await migratedDatabase("kefu-change-password-");
  ({ prisma } = await import("@/lib/db"));
  ({ changePassword } = await import("./actions"));
  ({ initialActionResult: initial } = await import("@/lib/actions/result"));
}, 60_000);

afterAll(async () => {
  await prisma?.$disconnect();
  await database?.remove();
});

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ["Date"] });
  at(0);
  const { hashPassword } = await import("@/lib/password");
  await prisma.loginThrottle.deleteMany();
  await prisma.user.deleteMany();
  const user = await prisma.user.create({
    data: { username: "s24101", name: "赵同学", passwordHash: await hashPassword(PASSWORD) },
  });
  studentId = user.id;
  session.user = { id: user.id, name: user.name, role: "STUDENT", mustChangePassword: false };
  tested.count = 0;
});

afterEach(() => {
  vi.useRealTimers();
});

describe("changePassword", () => {
  it("30 current-password guesses in parallel test at most 5, and the right one right after is made to wait", async () => {
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => change(`guess-${i}`)));
    expect(tested.count).toBeLessThanOrEqual(5);
    const waits = results.filter((r) => r !== "wrong");
    expect(waits.length).toBeGreaterThanOrEqual(25);
    for (const message of waits) expect(message).toMatch(/^尝试次数过多，请 \d+ 秒后再试。$/);
    expect(await change(PASSWORD)).toMatch(/^尝试次数过多，请 \d+ 秒后再试。$/);
    expect(
      await prisma.user.findUniqueOrThrow({
        where: { id: studentId },
        select: { mustChangePassword: true, tokenVersion: true },
      }),
    ).toMatchObject({ tokenVersion: 0 });
  });

  it("the right password after the wait changes it and clears the count", async () => {
    for (let i = 0; i < 5; i++) expect(await change(`guess-${i}`)).toBe("wrong");
    expect(await change(PASSWORD)).toBe("尝试次数过多，请 1 秒后再试。");
    at(1_100);
    expect(await change(PASSWORD)).toBe("changed");
    expect(await prisma.loginThrottle.count()).toBe(0);
  });

  it("shares the account's throttle with signing in", async () => {
    const { authOptions } = await import("@/lib/auth/options");
    const provider = authOptions.providers[0] as unknown as {
      options: {
        authorize: (
          c: { username: string; password: string },
          r: { headers: Record<string, string> },
        ) => Promise<AuthUser | null>;
      };
    };
    for (let i = 0; i < 5; i++) expect(await change(`guess-${i}`)).toBe("wrong");
    await expect(
      provider.options.authorize({ username: "s24101", password: PASSWORD }, { headers: {} }),
    ).rejects.toThrow(/^TOO_MANY_ATTEMPTS:1$/);
  });

  it("a database failure says so in Chinese and changes nothing, instead of a 500", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await prisma.$executeRawUnsafe('ALTER TABLE "LoginThrottle" RENAME TO "LoginThrottleAway"');
    try {
      // The action builder's answer to an unexpected error, the same for every action.
      expect(await change(PASSWORD)).toBe("服务器出错了，没有保存。填好的内容还在，请稍后再试。");
      expect(String(logged.mock.calls[0]?.[1])).not.toContain(PASSWORD);
    } finally {
      await prisma.$executeRawUnsafe('ALTER TABLE "LoginThrottleAway" RENAME TO "LoginThrottle"');
      logged.mockRestore();
    }
    expect(await prisma.user.findUniqueOrThrow({ where: { id: studentId }, select: { tokenVersion: true } })).toEqual({
      tokenVersion: 0,
    });
  });
});
