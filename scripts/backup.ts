// npm run backup — a consistent copy of the SQLite database into data/backups/ (or BACKUP_DIR).
import path from "node:path";
import { existsSync } from "node:fs";
import { databaseUrl } from "../lib/env";
import { backupSqlite } from "../lib/ops/backup";

if (existsSync(".env")) process.loadEnvFile(".env");
const file = databaseUrl().replace(/^file:/, "");
const target = process.env.BACKUP_DIR ?? path.join(path.dirname(file), "backups");
try {
  const result = backupSqlite(file, target);
  if (result.integrity !== "ok") throw new Error(`备份文件校验失败：${result.integrity}`);
  console.info(`已备份到 ${result.file}（${(result.bytes / 1024).toFixed(0)} KB，校验通过）`);
} catch (error) {
  console.error(`备份失败：${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
