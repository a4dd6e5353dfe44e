// npm run restore -- FILE — puts a backup made by `npm run backup` back. Stop the app first.
// The current database is backed up into data/backups/before-restore/ first.
import path from "node:path";
import { existsSync } from "node:fs";
import { isPostgresUrl, sqliteFile } from "../lib/db-url";
import { databaseUrl } from "../lib/env";
import { restoreSqlite } from "../lib/ops/backup";
import { restorePostgres } from "../lib/ops/backup-postgres";

if (existsSync(".env")) process.loadEnvFile(".env");
const source = process.argv[2];
if (!source) {
  console.error(
    "用法：npm run restore -- <备份文件>，例如 npm run restore -- data/backups/app-20261123-083000.db（请先停止服务）",
  );
  process.exit(1);
}
const url = databaseUrl();
try {
  if (isPostgresUrl(url)) {
    const result = restorePostgres(url, path.resolve(source), path.join("data", "backups", "before-restore"));
    console.info(`恢复前的数据库已另存为 ${result.safetyCopy}`);
  } else {
    const file = sqliteFile(url);
    const result = restoreSqlite(
      path.resolve(source),
      file,
      path.join(path.dirname(file), "backups", "before-restore"),
    );
    if (result.safetyCopy) console.info(`恢复前的数据库已另存为 ${result.safetyCopy}`);
  }
  console.info(`已用 ${source} 恢复数据库。现在可以启动服务（npm start）。`);
} catch (error) {
  console.error(`恢复失败：${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
