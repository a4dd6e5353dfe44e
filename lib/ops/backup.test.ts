import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { backupSqlite } from "./backup";

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
