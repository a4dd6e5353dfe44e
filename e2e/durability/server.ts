// More copies of the product for durability tests: started with `scripts/start.ts` (the real
// `npm start` path) on their own ports and database, so they can be killed without touching the
// suite's server. The database is SQLite, or PostgreSQL when the suite runs on it.
import { spawn, type ChildProcess } from "node:child_process";
import { openSync, rmSync } from "node:fs";
import type { BrowserContext } from "@playwright/test";
import pg from "pg";
import { isPostgresUrl, pgConfigFromUrl, sqliteFile } from "../../lib/db-url";

/** `stop()` resolves once the server no longer answers, so the next one can take the port. */
export type Instance = { base: string; kill9: () => void; stop: () => Promise<void> };

const suiteUrl = process.env.E2E_DATABASE_URL ?? "";
export const onPostgres = isPostgresUrl(suiteUrl);

/** A database of its own for a test: data/<name>.db, or database kefu_<name> on the suite's PostgreSQL server. */
export function testDatabaseUrl(name: string): string {
  if (!onPostgres) return `file:./data/${name}.db`;
  const url = new URL(suiteUrl);
  url.pathname = `/kefu_${name.replace(/\W/g, "_")}`;
  return url.toString();
}

/** Deletes the test database so the next start builds it from scratch. */
export async function dropDatabase(url: string) {
  if (!isPostgresUrl(url)) {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${sqliteFile(url)}${suffix}`, { force: true });
    return;
  }
  const { database, ...server } = pgConfigFromUrl(url);
  const admin = new pg.Client({ ...server, database: "postgres" });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }
}

export const SHARED_SECRET = "durability-test-secret-0123456789abcdefghijklmnop";

type StartOptions = { fresh: boolean; /** Everything the server prints goes to this file. */ logFile?: string };

export async function startInstance(
  port: number,
  databaseUrl: string,
  { fresh, logFile }: StartOptions,
): Promise<Instance> {
  if (fresh) await dropDatabase(databaseUrl);
  const log = logFile ? openSync(logFile, "w") : null;
  const child: ChildProcess = spawn("npx", ["tsx", "scripts/start.ts"], {
    detached: true,
    stdio:
      log !== null ? ["ignore", log, log] : ["ignore", "ignore", process.env.DURABILITY_LOG ? "inherit" : "ignore"],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: SHARED_SECRET,
    },
  });
  const base = `http://127.0.0.1:${port}`;
  const until = Date.now() + 120_000;
  for (;;) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > until) throw new Error(`${base} did not start`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, sig);
    } catch {
      // already gone
    }
  };
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    signal("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    signal("SIGKILL"); // whatever of the group is left (next-server under npx and tsx)
    // Gone means refused three times in a row, so the next instance cannot meet this one.
    for (let refused = 0, i = 0; refused < 3 && i < 100; i++) {
      const up = await fetch(`${base}/api/health`).then(
        () => true,
        () => false,
      );
      refused = up ? 0 : refused + 1;
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  return { base, kill9: () => signal("SIGKILL"), stop };
}

/**
 * Posts a sign-in through next-auth's credentials flow over plain HTTP; returns the session
 * cookie's whole Set-Cookie line (with its flags), or null when the sign-in was refused.
 */
export async function postCredentials(base: string, username: string, password = "demo1234"): Promise<string | null> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const jar = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar },
    body: new URLSearchParams({ csrfToken, username, password, json: "true" }).toString(),
  });
  return res.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token=")) ?? null;
}

/** Signs in; returns the session cookie ("name=value") or throws. */
export async function signIn(base: string, username: string, password = "demo1234") {
  const session = await postCredentials(base, username, password);
  if (!session) throw new Error(`sign-in of ${username} failed`);
  return session.split(";")[0]!;
}

/** Puts a session cookie from `signIn` into a browser context, so its pages open signed in. */
export function addSession(context: BrowserContext, base: string, cookie: string) {
  return context.addCookies([
    { name: "next-auth.session-token", value: cookie.split("=").slice(1).join("="), url: base },
  ]);
}
