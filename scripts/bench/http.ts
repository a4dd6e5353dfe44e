// Small HTTP helpers for the bench: real sign-in through next-auth, latency statistics, and a
// closed-loop load runner. Everything talks to 127.0.0.1 only.

export type Timed = { ms: number; status: number };

export function percentile(sorted: readonly number[], p: number) {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function median(values: readonly number[]) {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

export function summarise(samples: readonly Timed[]) {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const errors = samples.filter((s) => s.status >= 400 || s.status === 0).length;
  const serverErrors = samples.filter((s) => s.status >= 500 || s.status === 0).length;
  return {
    count: samples.length,
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    p99: percentile(ms, 99),
    errors,
    serverErrors,
  };
}

type Init = { method?: "GET" | "POST" | "PUT"; headers?: Record<string, string>; body?: string };

/** One request with its latency; a network failure counts as status 0. */
export async function timed(url: string, init: Init = {}): Promise<Timed & { body: string; cookies: string[] }> {
  const start = performance.now();
  try {
    const res = await fetch(url, {
      method: init.method ?? "GET",
      headers: init.headers,
      body: init.body,
      redirect: "manual",
    });
    const body = await res.text();
    return {
      ms: performance.now() - start,
      status: res.status,
      body,
      cookies: res.headers.getSetCookie().map((c) => c.split(";")[0]!),
    };
  } catch {
    return { ms: performance.now() - start, status: 0, body: "", cookies: [] };
  }
}

/** Signs in through the real next-auth credentials flow; returns the Cookie header and the time it took. */
export async function signIn(
  base: string,
  username: string,
  password: string,
): Promise<{ cookie: string | null; ms: number; status: number }> {
  const start = performance.now();
  const csrf = await timed(`${base}/api/auth/csrf`);
  if (csrf.status !== 200) return { cookie: null, ms: performance.now() - start, status: csrf.status };
  const jar = csrf.cookies;
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const res = await timed(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; "), origin: base },
    body: new URLSearchParams({
      csrfToken,
      username,
      password,
      json: "true",
      callbackUrl: `${base}/student`,
    }).toString(),
  });
  const session = res.cookies.find((c) => c.startsWith("next-auth.session-token="));
  return { cookie: session ?? null, ms: performance.now() - start, status: session ? 200 : res.status || 0 };
}

/** Runs `task` in `concurrency` loops until `seconds` have passed. */
export async function closedLoop<T>(
  concurrency: number,
  seconds: number,
  task: (worker: number) => Promise<T>,
): Promise<T[]> {
  const until = performance.now() + seconds * 1000;
  const results: T[] = [];
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      while (performance.now() < until) results.push(await task(worker));
    }),
  );
  return results;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
