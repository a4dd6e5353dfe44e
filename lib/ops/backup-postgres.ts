// Backups of a PostgreSQL database with Debian's pg_dump / pg_restore (package postgresql-client):
// a consistent snapshot taken while the app keeps serving, in pg_dump's custom format.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, statSync } from "node:fs";
import path from "node:path";
import { pgConfigFromUrl } from "../db-url";

function clientEnv(url: string) {
  const c = pgConfigFromUrl(url);
  // The password goes through the environment, never the command line (visible to `ps`).
  return {
    args: ["-h", c.host, "-p", String(c.port), "-U", c.user],
    database: c.database,
    env: { ...process.env, ...(c.password ? { PGPASSWORD: c.password } : {}) },
  };
}

function tool(name: "pg_dump" | "pg_restore", args: string[], env: NodeJS.ProcessEnv): string {
  try {
    return execFileSync(name, args, { env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === "ENOENT")
      throw new Error(`找不到 ${name}：请安装 PostgreSQL 客户端（Debian/Ubuntu：apt-get install postgresql-client）`);
    throw new Error(`${name} 失败：${(e.stderr ?? e.message).trim()}`);
  }
}

const stampOf = (now: Date) => now.toISOString().replace(/[-:]/g, "").replace(/\..+$/, "").replace("T", "-");

export type PostgresBackup = { file: string; bytes: number; tables: number };

/** pg_dump of the database into `targetDir`, then read back with pg_restore --list as a check. */
export function backupPostgres(url: string, targetDir: string, now = new Date()): PostgresBackup {
  mkdirSync(targetDir, { recursive: true });
  const { args, database, env } = clientEnv(url);
  const file = path.join(targetDir, `${database}-${stampOf(now)}.dump`);
  tool("pg_dump", [...args, "--format=custom", "--no-owner", `--file=${file}`, database], env);
  return { file, bytes: statSync(file).size, tables: countTables(file) };
}

/** How many tables' data a dump holds; throws when the file is not a readable pg_dump archive. */
export function countTables(file: string): number {
  if (!existsSync(file)) throw new Error("文件不存在");
  return tool("pg_restore", ["--list", file], process.env)
    .split("\n")
    .filter((l) => / TABLE DATA /.test(l)).length;
}

/**
 * Puts a dump back: checks it first, dumps the current database beside it as a safety copy, then
 * replaces every object in one transaction (a failure leaves the database as it was).
 */
export function restorePostgres(url: string, file: string, safetyDir: string): { safetyCopy: string } {
  if (countTables(file) === 0) throw new Error("这个备份里没有数据表，不像是本系统的备份");
  const safety = backupPostgres(url, safetyDir);
  const { args, database, env } = clientEnv(url);
  tool(
    "pg_restore",
    [...args, "--clean", "--if-exists", "--no-owner", "--single-transaction", `--dbname=${database}`, file],
    env,
  );
  return { safetyCopy: safety.file };
}
