// npm run backup — a consistent copy of the live database into data/backups/ (or BACKUP_DIR):
// SQLite with VACUUM INTO (WAL included), PostgreSQL with pg_dump. Safe while the app is serving.
import path from "node:path";
import { existsSync } from "node:fs";
import { isPostgresUrl, sqliteFile } from "../lib/db-url";
import { databaseUrl } from "../lib/env";
import { backupSqlite } from "../lib/ops/backup";
import { backupPostgres } from "../lib/ops/backup-postgres";

if (existsSync(".env")) process.loadEnvFile(".env");
const url = databaseUrl();
try {
  if (isPostgresUrl(url)) {
    const result = backupPostgres(url, process.env.BACKUP_DIR ?? path.join("data", "backups"));
    console.info(`已备份到 ${result.file}（${(result.bytes / 1024).toFixed(0)} KB，${result.tables} 张表，校验通过）`);
  } else {
    const file = sqliteFile(url);
    const result = backupSqlite(file, process.env.BACKUP_DIR ?? path.join(path.dirname(file), "backups"));
    if (result.integrity !== "ok") throw new Error(`备份文件校验失败：${result.integrity}`);
    console.info(`已备份到 ${result.file}（${(result.bytes / 1024).toFixed(0)} KB，校验通过）`);
  }
} catch (error) {
  console.error(`备份失败：${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
