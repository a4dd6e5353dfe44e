// Starts the product the way a school does (scripts/start.ts: migrate, seed, next start) on a
// fresh SQLite database, and stops it again.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { sleep } from "./http";

export const BENCH_SECRET = "bench-only-secret-0123456789abcdefghijklmnopqrstuvwxyz";

export function build() {
  const started = performance.now();
  const result = spawnSync("npm", ["run", "build"], { stdio: "pipe", encoding: "utf8" });
  if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout}\n${result.stderr}`);
  return performance.now() - started;
}

export async function waitForHealth(base: string, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${base}/api/health`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`${base} did not become healthy in ${timeoutMs / 1000} s`);
}

export type Server = { base: string; stop: () => Promise<void>; startedInMs: number };

export async function startProduct(
  port: number,
  dbFile: string,
  options: { cwd?: string; fresh?: boolean } = {},
): Promise<Server> {
  const cwd = options.cwd ?? process.cwd();
  if (options.fresh !== false)
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${cwd}/${dbFile}${suffix}`, { force: true });
  const started = performance.now();
  const child: ChildProcess = spawn("npx", ["tsx", "scripts/start.ts"], {
    cwd,
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: `file:./${dbFile}`,
      NEXTAUTH_SECRET: BENCH_SECRET,
      NODE_ENV: "production",
    },
  });
  const base = `http://127.0.0.1:${port}`;
  await waitForHealth(base, 600_000);
  return {
    base,
    startedInMs: performance.now() - started,
    stop: async () => {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        return;
      }
      for (let i = 0; i < 50 && child.exitCode === null; i++) await sleep(100);
    },
  };
}
