import path from "node:path";
import { existsSync } from "node:fs";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

// A prisma.config.ts turns off Prisma's own .env loading.
if (existsSync(".env")) process.loadEnvFile(".env");

const url = process.env.DATABASE_URL ?? "file:./data/app.db";

// Prisma 6.19's JS schema engine replays migration files on the shadow database with
// executeRaw(), which better-sqlite3 refuses for multi-statement SQL (P3006):
// send multi-statement scripts on the shadow database through executeScript().
function sqliteAdapterFactory() {
  const factory = new PrismaBetterSQLite3({ url });
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connectToShadowDb = async () => {
    const shadow = await connectToShadowDb();
    const executeRaw = shadow.executeRaw.bind(shadow);
    shadow.executeRaw = async (q) => {
      if (q.args.length === 0 && /;\s*\S/.test(q.sql)) {
        await shadow.executeScript(q.sql);
        return 0;
      }
      return executeRaw(q);
    };
    return shadow;
  };
  return factory;
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx prisma/seed.ts" },
  adapter: async () => sqliteAdapterFactory(),
});
