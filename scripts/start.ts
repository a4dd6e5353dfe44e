// npm start: everything a school needs to go from a fresh clone to a running site —
// a secret, a build if the sources changed, migrations, the demo school, then `next start`.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createPrismaClient, type Db } from "../lib/db-client";
import { describeDatabase, isPostgresUrl, sqliteFile } from "../lib/db-url";
import { databaseUrl, validateEnv } from "../lib/env";
import { demoLoginsText, demoSchoolPresent, seedDemoSchool } from "../prisma/seed";

const startedAt = Date.now();
const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
if (existsSync(".env")) process.loadEnvFile(".env");

const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function run(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; quiet?: boolean } = {}) {
  const result = spawnSync(command, args, {
    stdio: options.quiet ? "pipe" : "inherit",
    env: options.env ?? process.env,
    encoding: "utf8",
  });
  if (result.status !== 0) {
    if (options.quiet) process.stderr.write(`${result.stdout ?? ""}${result.stderr ?? ""}`);
    fail(`命令失败：${path.basename(command)} ${args.join(" ")}`);
  }
}

/** NEXTAUTH_SECRET from the environment, else one generated once and kept in data/.secret. */
function ensureSecret() {
  if (process.env.NEXTAUTH_SECRET) return;
  const file = path.join(root, "data", ".secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600 });
    console.info("已生成会话密钥 data/.secret（请勿提交或外传）。");
  }
  process.env.NEXTAUTH_SECRET = readFileSync(file, "utf8").trim();
}

const SOURCES = [
  "app",
  "components",
  "lib",
  "content",
  "types",
  "generated",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.ts",
  "contentlayer.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce((max, name) => Math.max(max, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

function buildIfNeeded() {
  const buildId = path.join(root, ".next", "BUILD_ID");
  const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  const changedAt = Math.max(...SOURCES.map((s) => newestMtime(path.join(root, s))));
  if (builtAt > changedAt) return;
  console.info(builtAt ? "源代码有更新，正在重新构建……" : "首次启动，正在构建（约 1–2 分钟）……");
  run("npm", ["run", "build"]);
}

/**
 * `prisma migrate deploy`. On PostgreSQL it holds an advisory lock for 10 s at most; when several
 * instances start together, the ones that time out wait for the first and try again.
 */
function migrate(url: string) {
  for (let attempt = 1; ; attempt++) {
    const result = spawnSync(bin("prisma"), ["migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: url },
      encoding: "utf8",
    });
    if (result.status === 0) return;
    const output = `${result.stdout ?? ""}${result.stderr ?? ""}`;
    if (attempt < 6 && /advisory lock/i.test(output)) {
      console.info("另一个实例正在迁移数据库，稍候重试……");
      continue;
    }
    process.stderr.write(output);
    fail("命令失败：prisma migrate deploy");
  }
}

/**
 * Seeds the demo school into an empty database. On PostgreSQL several app instances may start at
 * once: a transaction-scoped advisory lock lets one seed while the others wait, then find it done.
 */
function seedOnce(db: Db, url: string) {
  if (!isPostgresUrl(url)) return seedDemoSchool(db);
  return db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe("SELECT pg_advisory_xact_lock(727001)");
      return seedDemoSchool(tx as unknown as Db);
    },
    { maxWait: 120_000, timeout: 120_000 },
  );
}

async function migrateAndSeed() {
  const url = databaseUrl();
  if (!isPostgresUrl(url)) mkdirSync(path.dirname(path.resolve(root, sqliteFile(url))), { recursive: true });
  migrate(url);
  console.info(`数据库已就绪：${describeDatabase(url)}`);

  const db = createPrismaClient(url);
  try {
    if (process.env.SEED_DEMO !== "0") {
      if ((await seedOnce(db, url)) === "seeded") console.info("数据库为空，已建立演示学校。");
      if (await demoSchoolPresent(db)) console.info(demoLoginsText());
    }
  } finally {
    await db.$disconnect();
  }
}

async function main() {
  Object.assign(process.env, { NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" });
  ensureSecret();
  // Without a fixed public address, trust the Host header so links work on a school LAN address.
  if (!process.env.NEXTAUTH_URL) process.env.AUTH_TRUST_HOST ??= "1";
  try {
    validateEnv();
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }

  buildIfNeeded();
  await migrateAndSeed();

  const port = process.env.PORT ?? "3000";
  const args = ["start", "-p", port, ...(process.env.HOST ? ["-H", process.env.HOST] : [])];
  const server = spawn(bin("next"), args, { stdio: ["ignore", "pipe", "inherit"], env: process.env });
  let announced = false;
  server.stdout.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (!announced && /Ready in/.test(chunk.toString())) {
      announced = true;
      const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
      console.info(`客服课堂已启动：http://localhost:${port}（启动用时 ${seconds} 秒）`);
    }
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

await main();
