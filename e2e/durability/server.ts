// A second copy of the product for durability tests: started with `scripts/start.ts` (the real
// `npm start` path) on its own port and database, so it can be killed without touching the suite's server.
import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";

export type Instance = { base: string; kill9: () => void; stop: () => void };

export async function startInstance(port: number, dbFile: string, { fresh }: { fresh: boolean }): Promise<Instance> {
  if (fresh) for (const suffix of ["", "-wal", "-shm"]) rmSync(`${dbFile}${suffix}`, { force: true });
  const child: ChildProcess = spawn("npx", ["tsx", "scripts/start.ts"], {
    detached: true,
    stdio: ["ignore", "ignore", process.env.DURABILITY_LOG ? "inherit" : "ignore"],
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATABASE_URL: `file:./${dbFile}`, NEXTAUTH_SECRET: "durability-test-secret-0123456789abcdefghijklmnop" },
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
  return { base, kill9: () => signal("SIGKILL"), stop: () => signal("SIGTERM") };
}

/** Signs in through next-auth's credentials flow over plain HTTP; returns the session cookie. */
export async function signIn(base: string, username: string, password = "demo1234") {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar },
    body: new URLSearchParams({ csrfToken, username, password, json: "true" }).toString(),
  });
  const session = res.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in of ${username} failed (${res.status})`);
  return session.split(";")[0]!;
}
