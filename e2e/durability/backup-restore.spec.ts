import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { signIn, startInstance, testDatabaseUrl } from "./server";

// RELIABILITY (backups): `npm run backup` taken while students keep saving, then
// `npm run restore` of that file after the app is stopped. The restored database opens, holds the
// work saved before the backup began, and the app serves it. SQLite (VACUUM INTO) or PostgreSQL
// (pg_dump), whichever the suite runs on.

const DB = testDatabaseUrl("durability-backup");
const PORT = 3155;
const DIR = "test-results/backups";
const value = (n: number) => ({
  rows: Array.from({ length: 5 }, (_, i) => ({ content: `备份测试 第 ${n} 次 第 ${i + 1} 行` })),
});

function npmRun(script: "backup" | "restore", args: string[] = []) {
  return execFileSync("npx", ["tsx", `scripts/${script}.ts`, ...args], {
    env: { ...process.env, DATABASE_URL: DB, BACKUP_DIR: DIR },
    encoding: "utf8",
  });
}

test("a backup taken during saves restores to a working database", async () => {
  test.setTimeout(180_000);
  rmSync(DIR, { recursive: true, force: true });
  const server = await startInstance(PORT, DB, { fresh: true });
  const cookie = await signIn(server.base, "s01");
  let version = 0;
  let stop = false;
  const saving = (async () => {
    for (let n = 1; !stop; n++) {
      const res = await fetch(`${server.base}/api/work/haier-case/answers/haier-t1-1`, {
        method: "PUT",
        headers: { "content-type": "application/json", cookie, origin: server.base },
        body: JSON.stringify({ value: value(n), baseVersion: version }),
      });
      expect(res.status).toBe(200);
      version = ((await res.json()) as { version: number }).version;
    }
  })();
  // Let a few saves land first (by count, not by time: a busy CI machine saves more slowly).
  for (let waited = 0; version <= 3 && waited < 20_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
  const before = version;
  const out = npmRun("backup");
  const after = version;
  stop = true;
  await saving;
  const file = /已备份到 (\S+)（/.exec(out)?.[1];
  expect(file, out).toBeTruthy();
  expect(before).toBeGreaterThan(3);
  await server.stop();

  expect(npmRun("restore", [file!])).toContain("已用");
  const again = await startInstance(PORT, DB, { fresh: false });
  try {
    const res = await fetch(`${again.base}/api/work/haier-case`, { headers: { cookie } });
    expect(res.status).toBe(200);
    const restored = ((await res.json()) as { answers: Record<string, { version: number }> }).answers["haier-t1-1"]!
      .version;
    // Everything acknowledged before the backup started is in it; nothing after it finished.
    expect(restored).toBeGreaterThanOrEqual(before);
    expect(restored).toBeLessThanOrEqual(after + 1);
  } finally {
    await again.stop();
  }
});
