// npm run test:e2e:postgres — the browser suite again, on PostgreSQL: a throw-away server on
// 127.0.0.1 (or TEST_POSTGRES_URL, a database this may empty), a check that the PostgreSQL
// migrations produce exactly the schema generated from prisma/schema.prisma, then Playwright.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { startPostgres, type PostgresServer } from "./postgres-server";

const root = path.resolve(import.meta.dirname, "..", "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

function run(command: string, args: string[], env: Record<string, string>): number {
  return spawnSync(command, args, { stdio: "inherit", cwd: root, env: { ...process.env, ...env } }).status ?? 1;
}

let server: PostgresServer | null = null;
let status = 1;
try {
  const url = process.env.TEST_POSTGRES_URL ?? (server = startPostgres()).url;
  console.info(`PostgreSQL 测试库：${url.replace(/\/\/[^@]*@/, "//")}`);
  status = run(
    bin("prisma"),
    [
      "migrate",
      "diff",
      "--from-migrations",
      "prisma/postgres/migrations",
      "--to-schema-datamodel",
      "prisma/postgres/schema.prisma",
      "--exit-code",
    ],
    { DATABASE_URL: url },
  );
  if (status !== 0) {
    console.error(
      "prisma/postgres/migrations 与 prisma/postgres/schema.prisma 不一致：请运行 npm run db:postgres -- --migration <名称>",
    );
  } else {
    status = run(bin("playwright"), ["test", ...process.argv.slice(2)], { E2E_DATABASE_URL: url });
  }
} finally {
  server?.stop();
}
process.exit(status);
