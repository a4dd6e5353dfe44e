import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { JWT } from "next-auth/jwt";
import type { User as AuthUser } from "next-auth";
import { migratedDatabase } from "./test-database";

// Signing in, end to end below the HTTP layer: next-auth's real `authorize`, jwt callback and
// sign-out event from lib/auth/options.ts, against a migrated SQLite database (PostgreSQL with
// TEST_POSTGRES_URL, see test-database.ts). Every password actually tested is counted, so
// "refused without testing the password" is checked, not assumed.

const tested = vi.hoisted(() => ({ count: 0, passwords: [] as string[] }));
vi.mock("@/lib/password", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/password")>();
  return {
    ...actual,
    verifyPassword: async (...args: Parameters<typeof actual.verifyPassword>) => {
      tested.count++;
      tested.passwords.push(args[1]);
      return actual.verifyPassword(...args);
    },
  };
});

const PASSWORD = "demo1234";
const T0 = new Date("2026-12-07T07:50:00Z"); // a Monday, just before first period

let database: Awaited<ReturnType<typeof migratedDatabase>>;
let prisma: (typeof import("@/lib/db"))["prisma"];
let authOptions: (typeof import("./options"))["authOptions"];
let student: { id: string };
let disabledStudent: { id: string };

type Credentials = { username: string; password: string };
type Authorize = (credentials: Credentials, req: { headers?: Record<string, string> }) => Promise<AuthUser | null>;

function authorize(): Authorize {
  const provider = authOptions.providers[0] as unknown as { options: { authorize: Authorize } };
  return provider.options.authorize;
}

/** One sign-in: "signed-in", "wrong" (password tested and refused) or the error code thrown. */
async function attempt(username: string, password: string, address?: string): Promise<string> {
  try {
    const user = await authorize()({ username, password }, { headers: address ? { "x-forwarded-for": address } : {} });
    return user ? "signed-in" : "wrong";
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

const at = (ms: number) => vi.setSystemTime(new Date(T0.getTime() + ms));
const WAIT = /^TOO_MANY_ATTEMPTS:(\d+)$/;
const waitOf = (result: string) => Number(WAIT.exec(result)?.[1] ?? NaN);

beforeAll(async () => {
  database = await migratedDatabase("kefu-signin-");
  ({ prisma } = await import("@/lib/db"));
  ({ authOptions } = await import("./options"));
  const { hashPassword } = await import("@/lib/password");
  const passwordHash = await hashPassword(PASSWORD);
  student = await prisma.user.create({
    data: { username: "s24001", email: "s24001@school.test", name: "张同学", passwordHash },
  });
  disabledStudent = await prisma.user.create({
    data: { username: "s24002", name: "李同学", passwordHash, disabled: true },
  });
  await prisma.user.create({ data: { username: "s24003", name: "王同学", passwordHash } });
}, 60_000);

afterAll(async () => {
  await prisma?.$disconnect();
  await database?.remove();
});

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ["Date"] });
  at(0);
  await prisma.loginThrottle.deleteMany();
  tested.count = 0;
  tested.passwords = [];
  delete process.env.TRUST_PROXY;
});

afterEach(() => {
  vi.useRealTimers();
});

describe("the sign-in throttle cannot be raced", () => {
  it("40 wrong passwords sent at once: 5 are tested, 35 refused untested", async () => {
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => attempt("s24001", `wrong-guess-${i}`)));
    expect(tested.count).toBe(5);
    expect(results.filter((r) => r === "wrong")).toHaveLength(5);
    expect(results.filter((r) => WAIT.test(r))).toHaveLength(35);
  });

  it("the right password in the middle of 40 parallel guesses gets a session only as one of the first 5 tested", async () => {
    const passwords = Array.from({ length: 40 }, (_, i) => (i === 20 ? PASSWORD : `wrong-guess-${i}`));
    const results = await Promise.all(passwords.map((password) => attempt("s24001", password)));
    const rightAt = tested.passwords.indexOf(PASSWORD);
    if (results[20] === "signed-in") {
      // It reached the database among the first five: allowed by the policy (then the count starts afresh).
      expect(rightAt).toBeGreaterThanOrEqual(0);
      expect(rightAt).toBeLessThan(5);
    } else {
      expect(results[20]).toMatch(WAIT);
      expect(rightAt).toBe(-1);
      expect(tested.count).toBe(5);
    }
    expect(results.filter((r) => r === "signed-in").length).toBeLessThanOrEqual(1);
  });
});

describe("growing waits instead of a lock-out", () => {
  it("after 5 wrong passwords each attempt waits 1 s, 2 s, 4 s …, and the right password after the wait signs in", async () => {
    for (let i = 0; i < 5; i++) expect(await attempt("s24001", `wrong-${i}`)).toBe("wrong");
    expect(tested.count).toBe(5);

    // During the wait even the right password is refused, and not tested.
    expect(await attempt("s24001", "wrong-5")).toBe("TOO_MANY_ATTEMPTS:1");
    expect(await attempt("s24001", PASSWORD)).toBe("TOO_MANY_ATTEMPTS:1");
    expect(tested.count).toBe(5);

    at(1_100);
    expect(await attempt("s24001", "wrong-6")).toBe("wrong");
    expect(await attempt("s24001", "wrong-7")).toBe("TOO_MANY_ATTEMPTS:2");
    at(3_200);
    expect(await attempt("s24001", "wrong-8")).toBe("wrong");
    expect(waitOf(await attempt("s24001", PASSWORD))).toBe(4);
    at(7_300);
    expect(await attempt("s24001", PASSWORD)).toBe("signed-in");
    // Signing in clears the count: the next typo is an ordinary one.
    expect(await attempt("s24001", "wrong-9")).toBe("wrong");
  });

  it("the wait never exceeds 60 seconds, however long the guessing goes on", async () => {
    let now = 0;
    let longest = 0;
    for (let i = 0; i < 30; i++) {
      const result = await attempt("s24001", `wrong-${i}`);
      if (WAIT.test(result)) {
        longest = Math.max(longest, waitOf(result));
        now += waitOf(result) * 1000;
        at(now);
      }
    }
    expect(longest).toBe(60);
    at(now + 60_000);
    expect(await attempt("s24001", PASSWORD)).toBe("signed-in");
  });

  it("clearSignInThrottle lets the student in at once", async () => {
    const { clearSignInThrottle } = await import("./throttle");
    for (let i = 0; i < 5; i++) await attempt("s24001", `wrong-${i}`);
    expect(await attempt("s24001", PASSWORD)).toMatch(WAIT);
    await clearSignInThrottle(student.id);
    expect(await attempt("s24001", PASSWORD)).toBe("signed-in");
  });

  it("one student's wait does not slow down another", async () => {
    for (let i = 0; i < 6; i++) await attempt("s24001", `wrong-${i}`);
    expect(await attempt("s24003", PASSWORD)).toBe("signed-in");
  });
});

describe("one account, one throttle", () => {
  it("wrong passwords through the 学号 and the e-mail address count together", async () => {
    for (let i = 0; i < 3; i++) expect(await attempt("s24001", `wrong-${i}`)).toBe("wrong");
    for (let i = 3; i < 5; i++) expect(await attempt("S24001@School.test", `wrong-${i}`)).toBe("wrong");
    expect(await attempt("s24001", "wrong-5")).toMatch(WAIT);
    expect(await attempt("s24001@school.test", PASSWORD)).toMatch(WAIT);
  });
});

describe("nothing reveals which accounts exist or are disabled", () => {
  const sequence = async (username: string, password: string) => {
    const results: string[] = [];
    for (let i = 0; i < 7; i++) results.push(await attempt(username, i === 6 ? password : `wrong-${i}`));
    return results;
  };

  it("an unknown name is answered exactly like a known one", async () => {
    const known = await sequence("s24003", "wrong-again");
    const unknown = await sequence("s99999", "wrong-again");
    expect(unknown).toEqual(known);
    expect(known.slice(0, 5)).toEqual(Array(5).fill("wrong"));
    expect(known[5]).toMatch(WAIT);
  });

  it("a disabled account with the right password looks like a wrong password, and is throttled like one", async () => {
    expect(await attempt("s24002", PASSWORD)).toBe("wrong");
    expect(await attempt("s24002", "wrong-1")).toBe("wrong");
    for (let i = 0; i < 3; i++) expect(await attempt("s24002", PASSWORD)).toBe("wrong");
    // Five tries, right or wrong: the sixth waits (a right password did not clear the count).
    expect(await attempt("s24002", PASSWORD)).toMatch(WAIT);
    const row = await prisma.loginThrottle.findMany();
    expect(row.map((r) => r.key)).toEqual([`user:${disabledStudent.id}`]);
  });
});

describe("the address limit stays as a second line", () => {
  it("100 wrong passwords from one address across many names make the next attempt from it wait; others are not affected", async () => {
    process.env.TRUST_PROXY = "1";
    const spray: string[] = [];
    for (let batch = 0; batch < 4; batch++) {
      spray.push(
        ...(await Promise.all(
          Array.from({ length: 25 }, (_, i) => attempt(`s${30000 + batch * 25 + i}`, "12345678a", "203.0.113.7")),
        )),
      );
    }
    expect(spray.every((r) => r === "wrong")).toBe(true);
    expect(await attempt("s24003", PASSWORD, "203.0.113.7")).toMatch(WAIT);
    expect(await attempt("s24003", PASSWORD, "198.51.100.2")).toBe("signed-in");
  }, 60_000);

  it("a class signing in correctly from one address does not use up its allowance", async () => {
    process.env.TRUST_PROXY = "1";
    for (let i = 0; i < 3; i++) expect(await attempt("s24003", PASSWORD, "203.0.113.8")).toBe("signed-in");
    expect(await attempt("s24003", "wrong-0", "203.0.113.8")).toBe("wrong");
    const row = await prisma.loginThrottle.findUnique({ where: { key: "address:203.0.113.8" } });
    expect(row?.failures).toBe(1);
  });
});

describe("no error escapes as a 500 or leaks into the sign-in URL", () => {
  it("a database failure during sign-in comes back as a plain code", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await prisma.$executeRawUnsafe('ALTER TABLE "LoginThrottle" RENAME TO "LoginThrottleAway"');
    try {
      expect(await attempt("s24001", PASSWORD)).toBe("SIGN_IN_UNAVAILABLE");
      expect(logged).toHaveBeenCalled();
    } finally {
      await prisma.$executeRawUnsafe('ALTER TABLE "LoginThrottleAway" RENAME TO "LoginThrottle"');
      logged.mockRestore();
    }
    expect(await attempt("s24001", PASSWORD)).toBe("signed-in");
  });
});

describe("sessions", () => {
  async function signedInToken(): Promise<JWT> {
    const user = await authorize()({ username: "s24003", password: PASSWORD }, { headers: {} });
    expect(user).not.toBeNull();
    const jwt = authOptions.callbacks!.jwt! as unknown as (params: { token: JWT; user?: AuthUser }) => Promise<JWT>;
    return jwt({ token: {}, user: user! });
  }
  const refresh = (token: JWT) =>
    (authOptions.callbacks!.jwt! as unknown as (params: { token: JWT }) => Promise<JWT>)({ token });

  it("signing out ends the session: a token minted before is refused afterwards", async () => {
    const token = await signedInToken();
    await expect(refresh(token)).resolves.toMatchObject({ uid: token.uid });
    await authOptions.events!.signOut!({ token, session: undefined as never });
    await expect(refresh(token)).rejects.toThrow("SESSION_REVOKED");
  });

  it("signing out with a cookie that is already stale does not end the account's newer sessions", async () => {
    const stale = await signedInToken();
    await authOptions.events!.signOut!({ token: stale, session: undefined as never });
    const current = await signedInToken();
    await authOptions.events!.signOut!({ token: stale, session: undefined as never });
    await expect(refresh(current)).resolves.toMatchObject({ uid: current.uid });
  });

  it("a session lasts at most 12 hours from sign-in, however often it is used", async () => {
    expect(authOptions.session?.maxAge).toBe(12 * 60 * 60);
    const token = await signedInToken();
    for (let hour = 1; hour <= 11; hour++) {
      at(hour * 3_600_000);
      await expect(refresh(token)).resolves.toMatchObject({ uid: token.uid });
    }
    at(12 * 3_600_000 + 1_000);
    await expect(refresh(token)).rejects.toThrow("SESSION_REVOKED");
  });

  it("a token without a sign-in time (issued before this limit) is refused", async () => {
    const token = await signedInToken();
    const { auth_time: _, ...old } = token as JWT & { auth_time?: number };
    await expect(refresh(old)).rejects.toThrow("SESSION_REVOKED");
  });
});
