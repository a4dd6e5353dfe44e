// npm run db:postgres — writes prisma/postgres/schema.prisma from prisma/schema.prisma, the one
// source of truth for the data model. Only the datasource and the client's output folder differ;
// the models are copied as they are. A unit test fails when the committed file is out of date, and
// the PostgreSQL test run checks that prisma/postgres/migrations produce exactly this schema.
//
// After changing the models: add the SQLite migration as usual, run this script, then (with a
// PostgreSQL server) `npm run db:postgres -- --migration <name>` to write the PostgreSQL migration.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..");
export const SOURCE = path.join(root, "prisma", "schema.prisma");
export const TARGET = path.join(root, "prisma", "postgres", "schema.prisma");

const HEADER = `// 由 prisma/schema.prisma 生成（npm run db:postgres），请勿手改：改模型请改 prisma/schema.prisma。
// Generated from prisma/schema.prisma by \`npm run db:postgres\`; edit that file, not this one.
`;

const DATASOURCE = `datasource db {
  provider = "postgresql"
  // The CLI needs a URL that parses; the real one is DATABASE_URL, read by prisma.config.ts and lib/db.ts.
  url      = "postgresql://localhost/kefu"
}`;

/** The PostgreSQL schema for a SQLite schema text: same models, other datasource and client folder. */
export function postgresSchema(source: string): string {
  const datasource = /datasource db \{[^}]*\}/;
  const output = /output(\s*)= "\.\.\/generated\/prisma"/;
  if (!datasource.test(source) || !output.test(source)) {
    throw new Error(
      "prisma/schema.prisma 的 datasource 或 generator output 格式变了，请同步修改 prisma/postgres/generate.ts",
    );
  }
  const body = source
    .replace(datasource, DATASOURCE)
    .replace(output, 'output$1= "../../generated/prisma-postgres"')
    .replace(/^\/\/ The data model\. Keep it portable[^\n]*\n\/\/[^\n]*\n/, "");
  return HEADER + body;
}

function main() {
  writeFileSync(TARGET, postgresSchema(readFileSync(SOURCE, "utf8")));
  console.info(`已写入 ${path.relative(root, TARGET)}`);
  const i = process.argv.indexOf("--migration");
  if (i === -1) return;
  const name = process.argv[i + 1];
  if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error("用法：npm run db:postgres -- --migration <小写英文名>");
  if (!/^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? ""))
    throw new Error("写迁移需要 DATABASE_URL=postgresql://…（用来建临时的影子库）");
  const out = path.join(root, "data", "postgres-migration.sql");
  mkdirSync(path.dirname(out), { recursive: true });
  execFileSync(
    path.join(root, "node_modules", ".bin", "prisma"),
    [
      "migrate",
      "diff",
      "--from-migrations",
      "prisma/postgres/migrations",
      "--to-schema-datamodel",
      TARGET,
      "--script",
      "-o",
      out,
    ],
    { stdio: "inherit", cwd: root },
  );
  const sql = readFileSync(out, "utf8");
  if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
    console.info("PostgreSQL 迁移已是最新，无需新迁移。");
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(root, "prisma", "postgres", "migrations", `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  renameSync(out, path.join(dir, "migration.sql"));
  console.info(`已写入迁移 ${path.relative(root, dir)}/migration.sql`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
