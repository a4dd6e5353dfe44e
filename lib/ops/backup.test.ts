import Database from "better-sqlite3";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { backupSqlite, restoreSqlite } from "./backup";

const dir = mkdtempSync(path.join(tmpdir(), "kefu-backup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("backupSqlite", () => {
  it("copies everything committed, including rows still in the WAL, while the database is open", () => {
    const file = path.join(dir, "live.db");
    const live = new Database(file);
    live.pragma("journal_mode = WAL");
    live.pragma("wal_autocheckpoint = 0"); // keep the rows in the WAL file
    live.exec("CREATE TABLE answer (id INTEGER PRIMARY KEY, text TEXT)");
    const insert = live.prepare("INSERT INTO answer (text) VALUES (?)");
    for (let i = 0; i < 100; i++) insert.run(`答案 ${i}`);

    const result = backupSqlite(file, path.join(dir, "backups"), new Date("2026-11-23T08:30:00Z"));
    live.close();

    expect(path.basename(result.file)).toBe("app-20261123-083000.db");
    expect(result.integrity).toBe("ok");
    const copy = new Database(result.file, { readonly: true });
    expect(copy.prepare("SELECT count(*) AS n FROM answer").get()).toEqual({ n: 100 });
    copy.close();
  });
});

// A second process saving answers as fast as it can, as the app does during a lesson.
const WRITER = `
const Database = require("better-sqlite3");
const db = new Database(process.argv[1]);
db.pragma("journal_mode = WAL");
db.pragma("synchronous = FULL");
db.exec("CREATE TABLE IF NOT EXISTS answer (id INTEGER PRIMARY KEY, text TEXT NOT NULL, checksum INTEGER NOT NULL)");
const insert = db.prepare("INSERT INTO answer (text, checksum) VALUES (?, ?)");
const until = Date.now() + 1500;
let i = 0;
while (Date.now() < until) { const text = "学生答案 " + i + " ".repeat(i % 50); insert.run(text, text.length); i++; }
console.log(i);
`;

describe("restoreSqlite", () => {
  it("restores a backup taken while another process writes: every row intact, integrity ok, the old database kept", async () => {
    const live = path.join(dir, "busy.db");
    const writer = spawn(process.execPath, ["-e", WRITER, live], { stdio: ["ignore", "pipe", "inherit"] });
    let written = "";
    writer.stdout.on("data", (chunk) => (written += chunk));
    const done = new Promise((resolve) => writer.on("exit", resolve));
    await new Promise((resolve) => setTimeout(resolve, 700)); // the writer is mid-burst
    const backup = backupSqlite(live, path.join(dir, "busy-backups"), new Date("2026-11-23T09:00:00Z"));
    await done;
    expect(backup.integrity).toBe("ok");

    const target = path.join(dir, "restored.db");
    writeFileSync(target, ""); // an existing (empty) database is replaced, and kept aside first
    const db0 = new Database(target);
    db0.exec("CREATE TABLE marker (x)");
    db0.close();
    const result = restoreSqlite(
      backup.file,
      target,
      path.join(dir, "before-restore"),
      new Date("2026-11-23T09:05:00Z"),
    );
    expect(result.safetyCopy && existsSync(result.safetyCopy)).toBe(true);

    const restored = new Database(target, { readonly: true });
    expect(restored.pragma("integrity_check", { simple: true })).toBe("ok");
    const rows = restored.prepare("SELECT id, text, checksum FROM answer ORDER BY id").all() as {
      id: number;
      text: string;
      checksum: number;
    }[];
    restored.close();
    // A prefix of the writes: at least some rows, never more than were written, none torn.
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(Number(written));
    expect(rows.every((r, i) => r.id === i + 1 && r.text.length === r.checksum)).toBe(true);
  });

  it("refuses a file that is not a database and leaves the live one untouched", () => {
    const target = path.join(dir, "keep.db");
    const db = new Database(target);
    db.exec("CREATE TABLE kept (x); INSERT INTO kept VALUES (1)");
    db.close();
    const bogus = path.join(dir, "not-a-backup.db");
    writeFileSync(bogus, "这不是数据库".repeat(100));
    expect(() => restoreSqlite(bogus, target, path.join(dir, "before"))).toThrow(
      "备份文件无法使用：不是有效的 SQLite 数据库文件",
    );
    const after = new Database(target, { readonly: true });
    expect(after.prepare("SELECT count(*) AS n FROM kept").get()).toEqual({ n: 1 });
    after.close();
  });
});
