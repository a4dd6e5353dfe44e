// One student floods autosave; how long does another student's work take meanwhile? Measured
// in-process (no `next build`): the real route handlers and a migrated SQLite database, as the
// fault harness runs them (lib/testing/work-server.ts). The session check is the real one's cost —
// one read of the user row by id, as the JWT callback does on every request — without the cookie.
//   npx vitest run --config scripts/bench/flood.vitest.config.ts
//   FLOOD_SECONDS=20 FLOOD_LOOPS=16 … to change the attack.
import { AsyncLocalStorage } from "node:async_hooks";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { afterAll, expect, it, vi } from "vitest";
import { startWorkServer } from "@/lib/testing/work-server";
import { summarise, type Timed } from "./http";
import { tableAnswer } from "./fixtures";

const who = vi.hoisted(() => ({ store: null as null | { getStore(): string | undefined } }));
vi.mock("@/lib/dal/session", () => ({
  verifySession: async () => {
    const id = who.store?.getStore();
    if (!id) return null;
    const { prisma } = await import("@/lib/db");
    const row = await prisma.user.findUnique({
      where: { id },
      select: { name: true, role: true, disabled: true, mustChangePassword: true },
    });
    return row && !row.disabled
      ? { id, name: row.name, role: row.role, mustChangePassword: row.mustChangePassword }
      : null;
  },
}));

const SECONDS = Number(process.env.FLOOD_SECONDS ?? 15);
const LOOPS = Number(process.env.FLOOD_LOOPS ?? 16);
const IDS = ["haier-t1-1", "haier-t1-2", "haier-t1-3"];
const LESSON = "haier-case";
const als = new AsyncLocalStorage<string>();
who.store = als;

let server: Awaited<ReturnType<typeof startWorkServer>>;
afterAll(async () => {
  await server?.close();
});

const tick = () => new Promise<void>((r) => setImmediate(r));
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** A student's autosave of one exercise, following the version the server reports. */
function saver(userId: string, fetch: typeof globalThis.fetch) {
  const versions = new Map<string, number>();
  let n = 0;
  return async (exercise: string): Promise<Timed> => {
    const started = performance.now();
    const response = await als.run(userId, () =>
      fetch(`/api/work/${LESSON}/answers/${exercise}`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          value: tableAnswer(exercise, `第 ${++n} 次保存`),
          baseVersion: versions.get(exercise) ?? 0,
        }),
      }),
    );
    const body = (await response.json()) as { version?: number; current?: { version: number } };
    const ms = performance.now() - started;
    if (typeof body.version === "number") versions.set(exercise, body.version);
    else if (body.current) versions.set(exercise, body.current.version);
    return { ms, status: response.status };
  };
}

/** The other student: opens the lesson's work and saves an answer about three times a second (a fast typist), until `until`. */
async function victim(userId: string, save: ReturnType<typeof saver>, fetch: typeof globalThis.fetch, until: number) {
  const loads: Timed[] = [];
  const saves: Timed[] = [];
  while (performance.now() < until) {
    const started = performance.now();
    const response = await als.run(userId, () => fetch(`/api/work/${LESSON}`));
    await response.json();
    loads.push({ ms: performance.now() - started, status: response.status });
    saves.push(await save(IDS[saves.length % IDS.length]!));
    await sleep(250);
  }
  return { loads: summarise(loads), saves: summarise(saves) };
}

/** The attacker: `LOOPS` closed loops of saves as fast as the server answers (one event-loop turn between, like a network hop). */
async function flood(userId: string, fetch: typeof globalThis.fetch, until: number) {
  const save = saver(userId, fetch);
  const statuses = new Map<number, number>();
  await Promise.all(
    Array.from({ length: LOOPS }, async (_, loop) => {
      while (performance.now() < until) {
        const { status } = await save(IDS[loop % IDS.length]!);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        await tick();
      }
    }),
  );
  return statuses;
}

const f1 = (n: number) => n.toFixed(1);

it(`another student's work while one student floods saves (${LOOPS} loops, ${SECONDS} s)`, async () => {
  server = await startWorkServer("kefu-flood-");
  const [attacker, other] = await Promise.all(
    ["a01", "v01"].map((username) =>
      server.prisma.user.create({ data: { username, name: username, passwordHash: "x", role: "STUDENT" } }),
    ),
  );
  const fetch = server.net.fetch;
  const otherSaves = saver(other!.id, fetch);
  await victim(other!.id, otherSaves, fetch, performance.now() + 1_000); // warm-up

  const alone = await victim(other!.id, otherSaves, fetch, performance.now() + SECONDS * 1000);
  const until = performance.now() + SECONDS * 1000;
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const cpu = process.cpuUsage();
  const [attacked, statuses] = await Promise.all([
    victim(other!.id, otherSaves, fetch, until),
    flood(attacker!.id, fetch, until),
  ]);
  const cpuMs = (({ user, system }) => (user + system) / 1000)(process.cpuUsage(cpu));
  delay.disable();

  const total = [...statuses.values()].reduce((a, b) => a + b, 0);
  const stored = statuses.get(200) ?? 0;
  const lines = [
    `· other student alone: work load p50 / p95 ${f1(alone.loads.p50)} / ${f1(alone.loads.p95)} ms, save p50 / p95 ${f1(alone.saves.p50)} / ${f1(alone.saves.p95)} ms`,
    `· attacker: ${f1(total / SECONDS)} requests/s, ${f1(stored / SECONDS)} saves/s stored; statuses ${[...statuses].map(([s, n]) => `${s}×${n}`).join(", ")}`,
    `· during the attack: process CPU ${f1(cpuMs / SECONDS / 10)} % of one core; event-loop delay p50 / p99 ${f1(delay.percentile(50) / 1e6)} / ${f1(delay.percentile(99) / 1e6)} ms`,
    `${attacked.loads.p95 < 200 ? "✓" : "✗"} other student under attack: work load p50 / p95 / p99 ${f1(attacked.loads.p50)} / ${f1(attacked.loads.p95)} / ${f1(attacked.loads.p99)} ms  (target p95 < 200)`,
    `${attacked.saves.p95 < 200 ? "✓" : "✗"} other student under attack: save p50 / p95 / p99 ${f1(attacked.saves.p50)} / ${f1(attacked.saves.p95)} / ${f1(attacked.saves.p99)} ms  (target p95 < 200); ${attacked.saves.errors} of ${attacked.saves.count} not stored`,
  ];
  console.info(lines.join("\n"));
  expect(attacked.loads.serverErrors + attacked.saves.serverErrors).toBe(0);
}, 300_000);
