import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// The work API in-process, for harness tests: a throw-away SQLite database migrated like
// production, the real route handlers, and a fetch that calls them — with the network's faults
// (a failed request, a reply lost after the server stored the write, a 503, a 429 "too many
// requests" with Retry-After, a slow request that lands later, offline, a server restarting)
// applied in between.

export type Fault = "fail" | "lost" | "busy" | "throttled" | "slow";

export async function startWorkServer(prefix: string) {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const url = `file:${path.join(dir, "work.db")}`;
  const migrated = spawnSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (migrated.status !== 0) throw new Error(`prisma migrate deploy failed: ${migrated.stderr}`);
  process.env.DATABASE_URL = url;
  const { prisma } = await import("@/lib/db");
  const work = await import("@/app/api/work/[lesson]/route");
  const answers = await import("@/app/api/work/[lesson]/answers/[exercise]/route");
  const submit = await import("@/app/api/work/[lesson]/submit/route");

  async function call(url: string, init: RequestInit = {}): Promise<Response> {
    const request = new Request(`http://kefu.test${url}`, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), origin: "http://kefu.test", host: "kefu.test" },
    });
    const parts = url.split("/").map(decodeURIComponent); // ["", "api", "work", lesson, ...]
    const lesson = parts[3] ?? "";
    if (parts.length === 4 && request.method === "GET")
      return work.GET(request, { params: Promise.resolve({ lesson }) });
    if (parts[4] === "answers" && request.method === "PUT")
      return answers.PUT(request, { params: Promise.resolve({ lesson, exercise: parts[5] ?? "" }) });
    if (parts[4] === "submit" && request.method === "POST")
      return submit.POST(request, { params: Promise.resolve({ lesson }) });
    return new Response("{}", { status: 404 });
  }

  const net = {
    online: true,
    down: false,
    faults: [] as Fault[],
    pending: 0,
    gates: [] as (() => void)[],
    /** Opens every slow request held so far (they reach the server now, after later ones). */
    releaseSlow() {
      const gates = net.gates;
      net.gates = [];
      for (const open of gates) open();
    },
    fetch: (async (input: string, init?: RequestInit) => {
      if (!net.online || net.down) throw new TypeError("Failed to fetch");
      const fault = net.faults.shift();
      if (fault === "fail") throw new TypeError("Failed to fetch");
      if (fault === "busy")
        return Response.json(
          { message: "服务器正忙，答案已保存在本机，几秒后会自动再存一次。", retryable: true },
          { status: 503 },
        );
      if (fault === "throttled") {
        const message = "操作太频繁，请 1 秒后再试。答案仍保存在本机。";
        return Response.json(
          { message, retryable: true, retryAfter: 1 },
          { status: 429, headers: { "Retry-After": "1" } },
        );
      }
      if (fault === "slow") await new Promise<void>((open) => net.gates.push(open));
      net.pending++;
      try {
        const response = await call(input, init);
        if (fault === "lost") throw new TypeError("Failed to fetch");
        return response;
      } finally {
        net.pending--;
      }
    }) as unknown as typeof fetch,
  };

  return {
    prisma,
    net,
    close: async () => {
      await prisma.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function memoryStorage() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

/** One browser's localStorage seen from several tabs: a write fires `storage` in the others. */
export function sharedStorage() {
  const data = new Map<string, string>();
  const tabs = new Set<{ onChange: (key: string) => void }>();
  return {
    data,
    tab(onChange: (key: string) => void) {
      const self = { onChange };
      tabs.add(self);
      const notify = (key: string) => {
        for (const t of tabs) if (t !== self) t.onChange(key);
      };
      return {
        close: () => tabs.delete(self),
        getItem: (k: string) => data.get(k) ?? null,
        setItem: (k: string, v: string) => {
          data.set(k, v);
          notify(k);
        },
        removeItem: (k: string) => {
          data.delete(k);
          notify(k);
        },
      };
    },
  };
}

/** Virtual time for the stores' timers: nothing waits on the real clock. */
export function virtualClock() {
  let now = 0;
  let timers: { at: number; fn: () => void; id: number }[] = [];
  let next = 1;
  return {
    setTimer: (fn: () => void, ms: number) => {
      const id = next++;
      timers.push({ at: now + ms, fn, id });
      return id;
    },
    clearTimer: (id: unknown) => {
      timers = timers.filter((t) => t.id !== id);
    },
    /** Runs every timer due within `ms` from now, in order; returns how many ran. */
    advance(ms: number) {
      const until = now + ms;
      let ran = 0;
      for (;;) {
        const due = timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        timers = timers.filter((t) => t !== due);
        now = Math.max(now, due.at);
        due.fn();
        ran++;
      }
      now = until;
      return ran;
    },
    hasDue: () => timers.some((t) => t.at <= now),
    /** The virtual time in ms, for anything else that reads a clock (the save limit). */
    now: () => now,
  };
}

/** Canonical JSON (sorted keys), to compare answers whatever order their keys came in. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
