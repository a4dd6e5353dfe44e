import Database from "better-sqlite3";
import pg from "pg";
import { pgConfigFromUrl } from "../../lib/db-url";
import { onPostgres } from "./server";

/**
 * Another connection that takes the write lock every save needs (SQLite: the database; PostgreSQL:
 * the Answer and Submission tables); `release()` lets it go.
 */
export async function holdWriteLock(url: string): Promise<{ release: () => Promise<void> }> {
  if (onPostgres) {
    const client = new pg.Client(pgConfigFromUrl(url));
    await client.connect();
    await client.query('BEGIN; LOCK TABLE "Answer", "Submission", "ExerciseReview" IN EXCLUSIVE MODE');
    return { release: async () => void (await client.query("ROLLBACK"), await client.end()) };
  }
  const locker = new Database(url.replace(/^file:/, ""));
  locker.pragma("busy_timeout = 1000");
  locker.exec("BEGIN IMMEDIATE");
  return { release: async () => void (locker.exec("ROLLBACK"), locker.close()) };
}
