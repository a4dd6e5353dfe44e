import { expect, test } from "@playwright/test";
import { signIn, startInstance, testDatabaseUrl } from "./server";
import { holdWriteLock } from "./write-lock";

// RELIABILITY: another process holds the database's write lock for longer than the busy timeout
// (5 s: SQLite's busy_timeout, PostgreSQL's lock_timeout). A save then gets a retryable 503 with a
// Chinese message, never a 500; once the lock is gone the same save goes through.

const DB = testDatabaseUrl("durability-locked");

const PORT = 3151;
const value = { rows: Array.from({ length: 5 }, (_, i) => ({ content: `锁库测试 第 ${i + 1} 行` })) };

test("a save against a database locked past the busy timeout gets a retryable 503, then succeeds", async () => {
  test.setTimeout(120_000);
  const server = await startInstance(PORT, DB, { fresh: true });
  try {
    const cookie = await signIn(server.base, "s01");
    const save = () =>
      fetch(`${server.base}/api/work/haier-case/answers/haier-t1-1`, {
        method: "PUT",
        headers: { "content-type": "application/json", cookie, origin: server.base },
        body: JSON.stringify({ value, baseVersion: 0 }),
      });

    const lock = await holdWriteLock(DB);
    const pending = save();
    // Hold the lock past the server's 5 s busy timeout, without blocking this process's event loop.
    await new Promise((r) => setTimeout(r, 7000));
    const refused = await pending;
    await lock.release();

    expect(refused.status).toBe(503);
    const body = (await refused.json()) as { message: string; retryable?: boolean };
    expect(body.retryable).toBe(true);
    expect(body.message).toMatch(/[\u4e00-\u9fff]/);

    const retried = await save();
    expect(retried.status).toBe(200);
    expect(((await retried.json()) as { version: number }).version).toBe(1);
  } finally {
    await server.stop();
  }
});
