import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

// For sign-in tests: a throw-away database migrated like production. Call before the first
// import of `@/lib/db`, which reads DATABASE_URL once. SQLite by default; with TEST_POSTGRES_URL
// (a PostgreSQL database this may write to) a fresh database on that server, dropped afterwards — the same
// tests then show the throttle holds under PostgreSQL's real concurrency.

const prismaBin = () => path.resolve("node_modules/.bin/prisma");

function migrate(url: string) {
  const result = spawnSync(prismaBin(), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`prisma migrate deploy failed: ${result.stderr}`);
}

async function sql(url: string, statement: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export async function migratedDatabase(prefix: string): Promise<{ url: string; remove: () => Promise<void> }> {
  const postgres = process.env.TEST_POSTGRES_URL;
  if (postgres) {
    const name = `${prefix.replace(/\W/g, "_")}${randomBytes(4).toString("hex")}`;
    const target = new URL(postgres);
    target.pathname = `/${name}`;
    const url = target.toString();
    await sql(postgres, `CREATE DATABASE "${name}"`);
    migrate(url);
    process.env.DATABASE_URL = url;
    return { url, remove: () => sql(postgres, `DROP DATABASE "${name}" WITH (FORCE)`) };
  }
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const url = `file:${path.join(dir, "auth.db")}`;
  migrate(url);
  process.env.DATABASE_URL = url;
  return { url, remove: async () => rmSync(dir, { recursive: true, force: true }) };
}
