import { beforeEach, describe, expect, it, vi } from "vitest";
import { TokenBuckets, WORK_WRITES, workWrites } from "./rate-limit";

// The token buckets on their own (a fake clock), then the work write routes: the session is
// checked before a byte of the body is read, and a student over the limit gets 429 with
// Retry-After before any work function (and so the database) is reached.

type User = { id: string; name: string; role: "STUDENT" | "TEACHER"; mustChangePassword: boolean };
const session = vi.hoisted(() => ({ user: null as User | null }));
const sessionReads = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/dal/session", () => ({
  verifySession: async () => {
    sessionReads.count++;
    return session.user;
  },
}));
const work = vi.hoisted(() => ({ saves: 0, submits: 0, checks: 0 }));
vi.mock("@/lib/work/work", () => ({
  saveMyAnswer: async () => {
    work.saves++;
    return { ok: true, data: { version: work.saves, savedAt: new Date(0).toISOString() } };
  },
  submitMyLesson: async () => {
    work.submits++;
    return { ok: true, data: { version: 1 } };
  },
}));
vi.mock("@/lib/work/check", () => ({
  checkMyAnswer: async () => {
    work.checks++;
    return { ok: true, data: { correct: true } };
  },
}));

const answers = await import("@/app/api/work/[lesson]/answers/[exercise]/route");
const submit = await import("@/app/api/work/[lesson]/submit/route");
const check = await import("@/app/api/exercises/[id]/check/route");

describe("TokenBuckets", () => {
  it("lets a burst through, then one request per refill, and says how long to wait", () => {
    let t = 0;
    const buckets = new TokenBuckets({ burst: 3, perSecond: 2, maxKeys: 100 }, () => t);
    expect([buckets.take("a"), buckets.take("a"), buckets.take("a")]).toEqual([0, 0, 0]);
    expect(buckets.take("a")).toBe(1); // half a second to the next token: Retry-After rounds up to 1 s
    expect(buckets.take("b")).toBe(0); // another key has its own bucket
    t = 500;
    expect(buckets.take("a")).toBe(0);
    expect(buckets.take("a")).toBe(1);
    t = 60_000;
    expect([buckets.take("a"), buckets.take("a"), buckets.take("a"), buckets.take("a")]).toEqual([0, 0, 0, 1]); // never more than the burst
  });

  it("a refused request does not use up a token (waiting the Retry-After is enough)", () => {
    let t = 0;
    const buckets = new TokenBuckets({ burst: 1, perSecond: 1, maxKeys: 100 }, () => t);
    expect(buckets.take("a")).toBe(0);
    for (let i = 0; i < 50; i++) expect(buckets.take("a")).toBe(1);
    t = 1_000;
    expect(buckets.take("a")).toBe(0);
  });

  it("forgets idle keys and never holds more than maxKeys", () => {
    let t = 0;
    const buckets = new TokenBuckets({ burst: 10, perSecond: 5, maxKeys: 1_000 }, () => t);
    for (let i = 0; i < 5_000; i++) buckets.take(`u${i}`);
    expect(buckets.size).toBeLessThanOrEqual(1_000);
    t = 2_000; // 10 tokens at 5/s: full again (and so forgotten) after 2 s idle
    buckets.take("fresh");
    expect(buckets.size).toBe(1);
  });

  it("the work limits are well above a student's pace", () => {
    expect(WORK_WRITES.burst).toBeGreaterThanOrEqual(30);
    expect(WORK_WRITES.perSecond).toBeGreaterThanOrEqual(5);
  });
});

/** A chunked body (no Content-Length) far over any limit, counting the chunks pulled from it. */
function floodBody() {
  const counter = { pulls: 0 };
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (++counter.pulls > 1024) return controller.close(); // 64 MB
        controller.enqueue(chunk);
      },
    },
    { highWaterMark: 0 },
  );
  return { body, counter };
}

const ORIGIN = { origin: "http://kefu.test", host: "kefu.test" };
const params = <T>(p: T) => ({ params: Promise.resolve(p) });
const student = (id: string): User => ({ id, name: "测试学生", role: "STUDENT", mustChangePassword: false });

function save(body: BodyInit = JSON.stringify({ value: { rows: [] }, baseVersion: 0 })) {
  const request = new Request("http://kefu.test/api/work/haier-case/answers/haier-t1-1", {
    method: "PUT",
    headers: ORIGIN,
    body,
    duplex: "half",
  } as RequestInit);
  return answers.PUT(request, params({ lesson: "haier-case", exercise: "haier-t1-1" }));
}

function submitRequest(body: BodyInit = JSON.stringify({ idempotencyKey: "k-12345678" })) {
  const request = new Request("http://kefu.test/api/work/haier-case/submit", {
    method: "POST",
    headers: ORIGIN,
    body,
    duplex: "half",
  } as RequestInit);
  return submit.POST(request, params({ lesson: "haier-case" }));
}

function checkRequest() {
  const request = new Request("http://kefu.test/api/exercises/haier-t2-1/check", {
    method: "POST",
    headers: ORIGIN,
    body: JSON.stringify({ value: "A" }),
  });
  return check.POST(request, params({ id: "haier-t2-1" }));
}

let clock = 0;
beforeEach(() => {
  clock = 0;
  workWrites.now = () => clock;
  workWrites.clear();
  work.saves = work.submits = work.checks = 0;
  session.user = null;
});

describe("work write routes", () => {
  it("refuse a signed-out or non-student request before reading its body", async () => {
    for (const [user, status] of [
      [null, 401],
      [{ ...student("t1"), role: "TEACHER" }, 403],
      [{ ...student("s0"), mustChangePassword: true }, 403],
    ] as const) {
      session.user = user;
      const flood = floodBody();
      expect((await save(flood.body)).status).toBe(status);
      expect(flood.counter.pulls).toBe(0);
      const again = floodBody();
      expect((await submitRequest(again.body)).status).toBe(status);
      expect(again.counter.pulls).toBe(0);
    }
    expect(work.saves + work.submits).toBe(0);
  });

  it("answer a student over the limit with 429, Retry-After and a Chinese message, without calling the work functions", async () => {
    session.user = student("s1");
    for (let i = 0; i < WORK_WRITES.burst; i++) expect((await save()).status).toBe(200);
    const refused = await save();
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("1");
    const body = (await refused.json()) as { message: string; retryable?: boolean };
    expect(body.message).toMatch(/[\u4e00-\u9fff]/);
    expect(body.retryable).toBe(true);
    expect(work.saves).toBe(WORK_WRITES.burst);
    // Submit and 检查答案 draw on the same bucket.
    expect((await submitRequest()).status).toBe(429);
    expect((await checkRequest()).status).toBe(429);
    expect(work.submits + work.checks).toBe(0);

    // Another student is not affected; visitors' checks (no account, no database) are not counted.
    session.user = student("s2");
    expect((await save()).status).toBe(200);
    session.user = null;
    expect((await checkRequest()).status).toBe(200);

    // A second later the first student saves again.
    session.user = student("s1");
    clock += 1_000;
    expect((await save()).status).toBe(200);
  });

  it("a refused request's body is not read either", async () => {
    session.user = student("s3");
    for (let i = 0; i < WORK_WRITES.burst; i++) await save();
    const flood = floodBody();
    expect((await save(flood.body)).status).toBe(429);
    expect(flood.counter.pulls).toBe(0);
  });

  it("one session cookie flooding is refused before its session is even read, and each refusal is held back a second", async () => {
    session.user = student("s4");
    const withCookie = () =>
      answers.PUT(
        new Request("http://kefu.test/api/work/haier-case/answers/haier-t1-1", {
          method: "PUT",
          headers: { ...ORIGIN, cookie: "theme=x; next-auth.session-token=eyJhbGciOi.flood-token-value" },
          body: JSON.stringify({ value: {}, baseVersion: 0 }),
        }),
        params({ lesson: "haier-case", exercise: "haier-t1-1" }),
      );
    for (let i = 0; i < WORK_WRITES.burst; i++) expect((await withCookie()).status).toBe(200);
    const reads = sessionReads.count;
    const started = performance.now();
    const refused = await withCookie();
    expect(refused.status).toBe(429);
    expect(sessionReads.count, "the session was read for a refused cookie").toBe(reads);
    expect(performance.now() - started).toBeGreaterThanOrEqual(900);
  });
});
