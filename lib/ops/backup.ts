import Database from "better-sqlite3";
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
} from "node:fs";
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

export type RestoreResult = { restored: string; safetyCopy: string | null };

/** PRAGMA integrity_check of a file, or the reason it cannot be read as a SQLite database. */
export function checkSqliteFile(file: string): string {
  if (!existsSync(file)) return "文件不存在";
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return String(db.pragma("integrity_check", { simple: true }));
    } finally {
      db.close();
    }
  } catch (error) {
    return error instanceof Error && /not a database|malformed/i.test(error.message)
      ? "不是有效的 SQLite 数据库文件"
      : String(error);
  }
}

/**
 * Puts a backup back as the live database. Run it with the app stopped. The backup is checked
 * first (a bad file changes nothing); the current database is itself backed up into `safetyDir`
 * so a restore never loses data; the copy replaces the database in one rename, and the old
 * WAL and shared-memory files are removed so they cannot be replayed over the restored copy.
 */
export function restoreSqlite(
  backupFile: string,
  databaseFile: string,
  safetyDir: string,
  now = new Date(),
): RestoreResult {
  const integrity = checkSqliteFile(backupFile);
  if (integrity !== "ok") throw new Error(`备份文件无法使用：${integrity}`);
  const safetyCopy = existsSync(databaseFile) ? backupSqlite(databaseFile, safetyDir, now).file : null;
  const staging = `${databaseFile}.restoring`;
  copyFileSync(backupFile, staging);
  const fd = openSync(staging, "r+");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  for (const suffix of ["-wal", "-shm"]) rmSync(`${databaseFile}${suffix}`, { force: true });
  renameSync(staging, databaseFile);
  return { restored: databaseFile, safetyCopy };
}
