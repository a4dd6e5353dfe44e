import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

// The Prisma CLI's connection to SQLite (migrate deploy, migrate diff).
// Prisma 6.19's JS schema engine replays migration files on the shadow database with
// executeRaw(), which better-sqlite3 refuses for multi-statement SQL (P3006):
// send multi-statement scripts on the shadow database through executeScript().
export function sqliteMigrateAdapter(url: string) {
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
