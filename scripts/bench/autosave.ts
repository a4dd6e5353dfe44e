// 2. Autosave: the real path (session, validation, versioned write) with 50 students saving at
// once, against a raw better-sqlite3 loop doing the same upsert in one process.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { closedLoop, summarise, timed, type Timed } from "./http";
import { drafts, tableAnswer } from "./fixtures";

const EXERCISE = "haier-t1-1";

export async function autosave(
  base: string,
  dbFile: string,
  students: { username: string; cookie: string }[],
  seconds: number,
) {
  const version = new Map<string, number>();
  const lastAcked = new Map<string, string>();
  let conflicts = 0;
  const samples = await closedLoop(students.length, seconds, async (worker): Promise<Timed> => {
    const { username, cookie } = students[worker]!;
    const n = (version.get(username) ?? 0) + 1;
    const value = tableAnswer(EXERCISE, `${username} 第 ${n} 次保存`);
    const res = await timed(`${base}/api/work/haier-case/answers/${EXERCISE}`, {
      method: "PUT",
      headers: { "content-type": "application/json", cookie, origin: base },
      body: JSON.stringify({ value, baseVersion: version.get(username) ?? 0 }),
    });
    if (res.status === 200) {
      version.set(username, (JSON.parse(res.body) as { version: number }).version);
      lastAcked.set(username, JSON.stringify(value));
    } else if (res.status === 409) conflicts++;
    return res;
  });
  const stats = summarise(samples);
  const acked = samples.filter((s) => s.status === 200).length;

  // Every acknowledged save is in the database once: the version counts the saves, the value is the last one.
  const rows = await drafts(dbFile, EXERCISE);
  let lost = 0;
  let mismatched = 0;
  for (const { username } of students) {
    const row = rows.get(username);
    const expected = version.get(username) ?? 0;
    if (!row || row.version !== expected) lost++;
    else if (JSON.stringify(JSON.parse(row.value)) !== lastAcked.get(username)) mismatched++;
  }
  const savedVersions = [...rows.values()].reduce((sum, r) => sum + r.version, 0);
  return {
    ...stats,
    perSecond: acked / seconds,
    acked,
    conflicts,
    lost,
    mismatched,
    duplicates: savedVersions - acked,
  };
}

/** The same versioned upsert straight into SQLite (same pragmas), one process, no HTTP. */
export function rawUpsert(seconds: number, users: number) {
  const dir = mkdtempSync(path.join(tmpdir(), "kefu-raw-"));
  const db = new Database(path.join(dir, "raw.db"));
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.exec(`CREATE TABLE Answer (id TEXT PRIMARY KEY, userId TEXT NOT NULL, lessonSlug TEXT NOT NULL, exerciseId TEXT NOT NULL,
    value TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, createdAt DATETIME NOT NULL, updatedAt DATETIME NOT NULL, UNIQUE (userId, exerciseId))`);
  const upsert =
    db.prepare(`INSERT INTO Answer (id, userId, lessonSlug, exerciseId, value, version, createdAt, updatedAt)
    VALUES (?, ?, 'haier-case', ?, ?, 1, ?, ?)
    ON CONFLICT (userId, exerciseId) DO UPDATE SET value = excluded.value, version = version + 1, updatedAt = excluded.updatedAt`);
  const until = performance.now() + seconds * 1000;
  let n = 0;
  while (performance.now() < until) {
    const user = `u${n % users}`;
    const now = new Date().toISOString();
    upsert.run(
      `${user}-${EXERCISE}`,
      user,
      EXERCISE,
      JSON.stringify(tableAnswer(EXERCISE, `${user} 第 ${n} 次保存`)),
      now,
      now,
    );
    n++;
  }
  db.close();
  return n / seconds;
}
