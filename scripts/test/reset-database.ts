// Empties the test database named by DATABASE_URL before the browser tests start the server:
// deletes the SQLite file (with its WAL), or drops and recreates PostgreSQL's public schema.
import { rmSync } from "node:fs";
import pg from "pg";
import { databaseUrl, isPostgresUrl, pgConfigFromUrl, sqliteFile } from "../../lib/db-url";

const url = databaseUrl();
if (isPostgresUrl(url)) {
  const client = new pg.Client(pgConfigFromUrl(url));
  await client.connect();
  await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
  await client.end();
} else {
  const file = sqliteFile(url);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
}
