import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/generated/prisma-postgres/client";
import { isPostgresUrl, pgConfigFromUrl } from "./db-url";

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

// The password hash never leaves the database unless a query asks for it by name.
const OMIT = { user: { passwordHash: true } } as const;

/** A Prisma client on the SQLite file at `url`, with the connection pragmas applied before first use. */
function createSqliteClient(url: string) {
  const factory = new PrismaBetterSQLite3({ url, timeout: BUSY_TIMEOUT_MS });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    await adapter.executeScript(CONNECTION_PRAGMAS);
    return adapter;
  };
  return new PrismaClient({ adapter: factory, omit: OMIT });
}

export type Db = ReturnType<typeof createSqliteClient>;

/** A Prisma client on the PostgreSQL database at `url`: the same models, generated from the same schema. */
function createPostgresClient(url: string): Db {
  const config = pgConfigFromUrl(url);
  const adapter = new PrismaPg({
    ...config,
    // Like SQLite's busy timeout: a write waiting on another's lock gives up after 5 s, and the
    // student gets a retryable 503 with the draft kept, instead of a request that never answers.
    options: [config.options, `-c lock_timeout=${BUSY_TIMEOUT_MS}`].filter(Boolean).join(" "),
    // Per app instance; a school running two instances stays far below PostgreSQL's default 100.
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    connectionTimeoutMillis: BUSY_TIMEOUT_MS,
  });
  // Both clients come from one schema (prisma/postgres/schema.prisma is generated from
  // prisma/schema.prisma), so their query APIs are the same.
  return new PostgresPrismaClient({ adapter, omit: OMIT }) as unknown as Db;
}

/** A Prisma client for DATABASE_URL: `file:…` is SQLite, `postgresql://…` PostgreSQL. */
export function createPrismaClient(url: string): Db {
  return isPostgresUrl(url) ? createPostgresClient(url) : createSqliteClient(url);
}
