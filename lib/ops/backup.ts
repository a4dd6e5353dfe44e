import Database from "better-sqlite3";
import { mkdirSync, statSync } from "node:fs";
import path from "node:path";

export type BackupResult = { file: string; bytes: number; integrity: string };

/**
 * A consistent copy of the live SQLite database, taken with VACUUM INTO: safe while the app is
 * serving (readers and writers carry on; the copy includes everything committed, WAL included),
 * then checked with PRAGMA integrity_check.
 */
export function backupSqlite(databaseFile: string, targetDir: string, now = new Date()): BackupResult {
  mkdirSync(targetDir, { recursive: true });
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\..+$/, "").replace("T", "-");
  const file = path.join(targetDir, `app-${stamp}.db`);
  const source = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    source.pragma("busy_timeout = 5000");
    source.prepare("VACUUM INTO ?").run(file);
  } finally {
    source.close();
  }
  const copy = new Database(file, { readonly: true });
  try {
    const integrity = String(copy.pragma("integrity_check", { simple: true }));
    return { file, bytes: statSync(file).size, integrity };
  } finally {
    copy.close();
  }
}
