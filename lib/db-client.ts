import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";

/** How long a write waits for another writer before giving up (SQLite busy timeout). */
export const BUSY_TIMEOUT_MS = 5000;

// WAL lets readers work while a student's save is being written; synchronous=FULL makes an
// acknowledged save survive a power cut, not only a crash of the process.
const CONNECTION_PRAGMAS = [
  "PRAGMA journal_mode = WAL;",
  "PRAGMA synchronous = FULL;",
  `PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS};`,
  "PRAGMA foreign_keys = ON;",
].join("\n");

/** A Prisma client on the SQLite file at `url`, with the connection pragmas applied before first use. */
export function createPrismaClient(url: string) {
  const factory = new PrismaBetterSQLite3({ url, timeout: BUSY_TIMEOUT_MS });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    await adapter.executeScript(CONNECTION_PRAGMAS);
    return adapter;
  };
  // The password hash never leaves the database unless a query asks for it by name.
  return new PrismaClient({ adapter: factory, omit: { user: { passwordHash: true } } });
}

export type Db = ReturnType<typeof createPrismaClient>;
