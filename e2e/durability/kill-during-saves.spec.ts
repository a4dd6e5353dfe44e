import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { onPostgres, signIn, startInstance, testDatabaseUrl } from "./server";

// RELIABILITY: the server is killed with SIGKILL in the middle of a burst of autosaves. After a
// restart every save the server acknowledged is there, and SQLite's integrity check passes.
// On PostgreSQL the same burst and restart run; the integrity check is SQLite's own.

const DB = testDatabaseUrl("durability-kill");
const PORT = 3150;
const STUDENTS = ["s01", "s02", "s03"];
const answer = (text: string) => ({
  rows: Array.from({ length: 5 }, (_, i) => ({ content: `${text} · 第 ${i + 1} 行` })),
});

test("kill -9 during a save burst loses no acknowledged save", async () => {
  test.setTimeout(180_000);
  const first = await startInstance(PORT, DB, { fresh: true });
  const cookies = await Promise.all(STUDENTS.map((s) => signIn(first.base, s)));
  const acked = new Map<string, { version: number; value: string }>();
  let stop = false;
  let failures = 0;

  const loops = STUDENTS.map(async (student, i) => {
    let version = 0;
    for (let n = 1; !stop; n++) {
      const value = answer(`${student} 第 ${n} 次保存`);
      try {
        const res = await fetch(`${first.base}/api/work/haier-case/answers/haier-t1-1`, {
          method: "PUT",
          headers: { "content-type": "application/json", cookie: cookies[i]!, origin: first.base },
          body: JSON.stringify({ value, baseVersion: version }),
        });
        if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
        version = ((await res.json()) as { version: number }).version;
        acked.set(student, { version, value: JSON.stringify(value) });
      } catch {
        failures++; // the server is gone: this save was never acknowledged
        return;
      }
    }
  });
  await new Promise((r) => setTimeout(r, 1500));
  first.kill9();
  stop = true;
  await Promise.all(loops);
  expect(failures).toBeGreaterThan(0); // the kill really landed mid-burst
  expect([...acked.values()].every((a) => a.version > 5)).toBe(true);

  if (!onPostgres) {
    const db = new Database(DB.replace(/^file:/, ""), { readonly: true });
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    db.close();
  }

  const second = await startInstance(PORT, DB, { fresh: false });
  try {
    for (const [i, student] of STUDENTS.entries()) {
      const saved = acked.get(student)!;
      const res = await fetch(`${second.base}/api/work/haier-case`, { headers: { cookie: cookies[i]! } });
      expect(res.status).toBe(200);
      const work = (await res.json()) as { answers: Record<string, { value: unknown; version: number }> };
      const row = work.answers["haier-t1-1"]!;
      // The last acknowledged save is there; at most one more (written, not yet acknowledged) follows it.
      expect(
        row.version === saved.version || row.version === saved.version + 1,
        `${student}: ${row.version} vs ${saved.version}`,
      ).toBe(true);
      if (row.version === saved.version) expect(JSON.stringify(row.value)).toBe(saved.value);
    }
  } finally {
    await second.stop();
  }
});
