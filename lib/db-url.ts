// Which database DATABASE_URL names: `file:…` is a SQLite file (the default, one box),
// `postgresql://…` a PostgreSQL server (several app instances behind one database).
// Free of `server-only` and of Prisma so prisma.config.ts and the scripts can import it.

export const DEFAULT_DATABASE_URL = "file:./data/app.db";

export function databaseUrl(source: Record<string, string | undefined> = process.env): string {
  return source.DATABASE_URL || DEFAULT_DATABASE_URL;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** The SQLite file path of a `file:` URL. */
export function sqliteFile(url: string): string {
  return url.replace(/^file:/, "");
}

/** Where the data lives, for messages and logs: never the password. */
export function describeDatabase(url: string): string {
  if (!isPostgresUrl(url)) return sqliteFile(url);
  const u = new URL(url);
  return `PostgreSQL ${u.hostname}:${u.port || 5432}${u.pathname}`;
}

/** node-postgres connection fields for a URL (discrete fields, so `database` can be overridden). */
export function pgConfigFromUrl(url: string) {
  const u = new URL(url);
  const schema = u.searchParams.get("schema");
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database: decodeURIComponent(u.pathname.slice(1)),
    ...(u.searchParams.get("sslmode") === "require" ? { ssl: true } : {}),
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  };
}
