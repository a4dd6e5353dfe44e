import path from "node:path";
import { existsSync } from "node:fs";
import { defineConfig } from "prisma/config";
import { databaseUrl, isPostgresUrl } from "./lib/db-url";
import { postgresMigrateAdapter } from "./prisma/config/postgres";
import { sqliteMigrateAdapter } from "./prisma/config/sqlite";

// A prisma.config.ts turns off Prisma's own .env loading.
if (existsSync(".env")) process.loadEnvFile(".env");

// DATABASE_URL picks the database: file:… is SQLite (prisma/), postgresql://… is PostgreSQL
// (prisma/postgres/, generated from prisma/schema.prisma).
const url = databaseUrl();
const postgres = isPostgresUrl(url);
const dir = postgres ? path.join("prisma", "postgres") : "prisma";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(dir, "schema.prisma"),
  migrations: { path: path.join(dir, "migrations"), seed: "tsx prisma/seed.ts" },
  adapter: async () => (postgres ? postgresMigrateAdapter(url) : sqliteMigrateAdapter(url)),
});
