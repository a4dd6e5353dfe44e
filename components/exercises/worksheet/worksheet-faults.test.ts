import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { emptyAnswer } from "@/lib/exercises/answers";
import { findExercise } from "@/lib/exercises/registry";
import { exerciseMessages as m } from "@/lib/messages/exercises";
import { describeSequence, generateSequence, prng, type FaultStep } from "@/lib/testing/fault-sequences";
import { refusalHold, workWrites } from "@/lib/security/rate-limit";
import { canonical, memoryStorage, sharedStorage, startWorkServer, virtualClock } from "@/lib/testing/work-server";
import { WorksheetStore } from "./worksheet-store";
import { worksheetIdentity } from "./worksheet-local";

// The fault harness: generated sequences of typing, reloads, tabs, expired sessions, submits and
// network faults run against the real work routes and a real database. After every step and at
// the end it checks the two promises: nothing typed is lost, and 已保存 is never said falsely.

type User = { id: string; name: string; role: "STUDENT"; mustChangePassword: boolean };
const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock("@/lib/dal/session", () => ({
  verifySession: async () => session.user,
  sessionWithRole: async (roles: string[]) => (session.user && roles.includes(session.user.role) ? session.user : null),
  userWithRoleOr404: async () => {
    throw new Error("not used by the work routes");
  },
  requireArea: async () => session.user,
}));

const LESSON = "haier-case";
const IDS = ["haier-t1-1", "haier-t1-2", "haier-t1-3"];
const SEQUENCES = Number(process.env.FAULT_SEQUENCES ?? 240);
const LENGTH = 16;

// A 429 "too many requests" (Retry-After: 1) joins the shared faults here only: the browser harness
// replays the shared generator, and its server has no way to answer 429 on demand. A second PRNG
// from the same seed puts one before about one step in eight, so a seed still replays exactly.
type Step = FaultStep | { op: "fault"; kind: "throttled" };
function withThrottling(seed: number, steps: FaultStep[]): Step[] {
  const random = prng(seed ^ 0x429);
  return steps.flatMap((step): Step[] => (random() < 1 / 8 ? [{ op: "fault", kind: "throttled" }, step] : [step]));
}

function valueFor(exercise: number, text: string): unknown {
  const value = structuredClone(emptyAnswer(findExercise(IDS[exercise]!)!)) as { rows: Record<string, string>[] };
  const key = Object.keys(value.rows[0]!)[0]!;
  value.rows[0]![key] = text;
  return value;
}

let server: Awaited<ReturnType<typeof startWorkServer>>;
let student: User;

beforeAll(async () => {
  server = await startWorkServer("kefu-faults-");
  const row = await server.prisma.user.create({
    data: { username: "f01", name: "测试学生", passwordHash: "x", role: "STUDENT" },
  });
  student = { id: row.id, name: row.name, role: "STUDENT", mustChangePassword: false };
}, 60_000);

afterAll(async () => {
  await server?.close();
});

async function runSequence(seed: number, steps: Step[]) {
  const { prisma, net } = server;
  await prisma.submission.deleteMany({});
  await prisma.answer.deleteMany({});
  net.online = true;
  net.down = false;
  net.faults = [];
  session.user = student;
  const browser = sharedStorage();
  const views: ReturnType<typeof browser.tab>[] = [];
  const sessionStorages: ReturnType<typeof memoryStorage>[] = [];
  const clock = virtualClock();
  // The real save limit runs too, on the sequence's virtual time.
  workWrites.clear();
  workWrites.now = clock.now;
  const empty = (id: string) => emptyAnswer(findExercise(id)!);
  const tabs: WorksheetStore[] = [];
  const lastTyped = new Map<number, string>();
  const problems: string[] = [];

  const open = (index: number) => {
    views[index]?.close();
    const storage = browser.tab((key) => tabs[index]?.onStorage(key));
    views[index] = storage;
    const identity = worksheetIdentity(session.user, storage);
    const store = new WorksheetStore(LESSON, identity.userKey, identity.canSave, {
      fetch: net.fetch,
      storage,
      tabStorage: (sessionStorages[index] ??= memoryStorage()),
      isOnline: () => net.online,
      debounceMs: 0,
      setTimer: clock.setTimer,
      clearTimer: clock.clearTimer,
    });
    tabs[index] = store;
    store.start(IDS, empty);
  };

  const settle = async () => {
    for (let i = 0; i < 200; i++) {
      clock.advance(0);
      await new Promise((r) => setImmediate(r));
      if (net.pending === 0 && !clock.hasDue()) {
        await new Promise((r) => setImmediate(r));
        if (net.pending === 0 && !clock.hasDue()) return;
      }
    }
  };

  const serverAnswers = async () => {
    const rows = await prisma.answer.findMany({ where: { userId: student.id } });
    return new Map(rows.map((r) => [r.exerciseId, canonical(JSON.parse(r.value))]));
  };

  // (b) Whatever a tab calls 已保存 is exactly what the server holds.
  const checkSavedIsTrue = async (where: string) => {
    const held = await serverAnswers();
    tabs.forEach((tab, t) => {
      if (!tab.canSave) return;
      IDS.forEach((id) => {
        const entry = tab.get(id);
        if (entry?.state !== "saved") return;
        const onServer = held.get(id) ?? canonical(empty(id));
        if (canonical(entry.value) !== onServer)
          problems.push(`${where}: tab${t} says 已保存 for ${id} but the server holds something else`);
      });
    });
  };

  // (a) The last text typed into each exercise is on the server, or a tab still shows it unsaved.
  const checkNothingLost = async (where: string) => {
    const held = await serverAnswers();
    for (const [exercise, text] of lastTyped) {
      const id = IDS[exercise]!;
      const wanted = canonical(valueFor(exercise, text));
      if (held.get(id) === wanted) continue;
      const shown = tabs.some((tab) => {
        const entry = tab.get(id);
        if (tab.keptAfterSubmit.has(id) && canonical(tab.keptAfterSubmit.get(id)) === wanted) return true;
        return entry && canonical(entry.value) === wanted && entry.state !== "saved";
      });
      if (!shown) problems.push(`${where}: “${text}” (${id}) is neither on the server nor shown as unsaved`);
    }
  };

  open(0);
  await settle();
  for (const [n, step] of steps.entries()) {
    switch (step.op) {
      case "type": {
        const tab = tabs[step.tab]!;
        const entry = tab.get(IDS[step.exercise]!);
        const serverLocked = await prisma.submission.count({ where: { userId: student.id, status: "SUBMITTED" } });
        // A read-only worksheet takes no typing; neither does one still showing “正在载入”.
        if (!entry || !tab.editable || serverLocked) break;
        tab.set(IDS[step.exercise]!, valueFor(step.exercise, step.text));
        lastTyped.set(step.exercise, step.text);
        break;
      }
      case "fault":
        net.faults.push(step.kind);
        break;
      case "offline":
        net.online = false;
        tabs.forEach((t) => t.markOffline());
        break;
      case "online":
        net.online = true;
        tabs.forEach((t) => t.retryPending());
        break;
      case "reload":
        open(step.tab);
        break;
      case "expire":
        session.user = null;
        break;
      case "login":
        if (!session.user) {
          session.user = student;
          open(0); // the login page sends the student back to the lesson
        }
        break;
      case "restart":
        net.down = true;
        break;
      case "openTab":
        open(tabs.length);
        break;
      case "tick":
        clock.advance(5_000);
        tabs.forEach((t) => t.retryPending());
        break;
      case "submit":
        void tabs[step.tab]!.submit();
        break;
    }
    await settle();
    net.releaseSlow();
    if (step.op !== "restart") net.down = false;
    await settle();
    await checkSavedIsTrue(`step ${n + 1}`);
    if (process.env.FAULT_TRACE) {
      const held = await serverAnswers();
      const show = (v: unknown) => canonical(v).match(/第\d+组第(\d+)次/)?.[1] ?? "∅";
      const tabText = tabs
        .map(
          (t, i) =>
            `tab${i}[${t.canSave ? t.loadState : "out"}] ` +
            IDS.map((id) => `${show(t.get(id)?.value)}:${t.get(id)?.state}@${t.get(id)?.baseVersion}`).join(" "),
        )
        .join(" | ");
      console.info(
        `${n + 1} ${describeSequence([step as FaultStep])}: server ${IDS.map((id) => show(JSON.parse(held.get(id) ?? "null"))).join(" ")} — ${tabText}`,
      );
    }
  }

  // The classroom calms down: network back, signed in, every tab retries, then every tab reloads.
  net.online = true;
  net.down = false;
  net.faults = [];
  net.releaseSlow();
  if (!session.user) session.user = student;
  tabs.forEach((t, i) => (t.canSave ? t.retryPending() : open(i)));
  await settle();
  clock.advance(60_000);
  tabs.forEach((t) => t.retryPending());
  await settle();
  await checkSavedIsTrue("settled");
  await checkNothingLost("settled");
  tabs.forEach((_t, i) => open(i));
  await settle();
  await checkSavedIsTrue("after reload");
  await checkNothingLost("after reload");
  const submissions = await prisma.submission.count({ where: { userId: student.id } });
  const submits = steps.filter((s) => s.op === "submit").length;
  if (submissions > submits) problems.push(`${submissions} submissions recorded for ${submits} submit presses`);
  if (submissions > 0 && tabs.some((t) => !t.locked))
    problems.push("a submission was recorded but a reloaded tab is not read-only");
  return problems.length
    ? `seed ${seed}: ${describeSequence(steps as FaultStep[])}\n  ${problems.slice(0, 3).join("\n  ")}`
    : null;
}

describe("worksheet under generated faults", () => {
  it(`keeps both promises over ${SEQUENCES} sequences`, async () => {
    const failures: string[] = [];
    const only = Number(process.env.FAULT_SEED ?? 0);
    for (let seed = only || 1; seed <= (only || SEQUENCES); seed++) {
      const steps = withThrottling(
        seed,
        generateSequence(seed, { length: LENGTH, exercises: IDS.length, submit: true, tabs: true, restart: true }),
      );
      const failure = await runSequence(seed, steps);
      if (failure) failures.push(failure);
    }
    expect(failures.slice(0, 5).join("\n\n"), `${failures.length} of ${SEQUENCES} sequences broke a promise`).toBe("");
  }, 240_000);
});

describe("the save limit (429 with Retry-After)", () => {
  it("keeps the answer waiting — not an error, not 已保存 — sends nothing before Retry-After, then the next retry saves and submits", async () => {
    const { prisma, net } = server;
    await prisma.submission.deleteMany({});
    await prisma.answer.deleteMany({});
    Object.assign(net, { online: true, down: false, faults: [] });
    session.user = student;
    const clock = virtualClock();
    workWrites.clear();
    workWrites.now = clock.now;
    refusalHold.ms = 0; // the virtual clock drives every wait here
    let requests = 0;
    let throttled = 0;
    const fetch = (async (input: string, init?: RequestInit) => {
      requests++;
      const response = await net.fetch(input, init);
      if (response.status === 429) throttled++;
      return response;
    }) as unknown as typeof globalThis.fetch;
    const storage = memoryStorage();
    const store = new WorksheetStore(LESSON, student.id, true, {
      fetch,
      storage,
      tabStorage: memoryStorage(),
      isOnline: () => true,
      debounceMs: 0,
      setTimer: clock.setTimer,
      clearTimer: clock.clearTimer,
    });
    const settle = async () => {
      for (let i = 0; i < 50; i++) {
        clock.advance(0);
        await new Promise((r) => setImmediate(r));
      }
    };
    store.start(IDS, (id) => emptyAnswer(findExercise(id)!));
    await settle();

    // A burst far past a student's pace, all in the same virtual instant: the limit answers 429.
    let n = 0;
    while (throttled === 0 && n < 100) {
      store.set(IDS[0]!, valueFor(0, `第${++n}次`));
      await settle();
    }
    expect(n).toBe(31); // the burst of 30, then the limit
    const entry = store.get(IDS[0]!)!;
    expect(entry.state).toBe("dirty");
    expect(entry.message).toBeUndefined();
    expect(store.overall()).toBe("saving");
    expect(JSON.parse(storage.data.get(`kefu:v1:${student.id}:${LESSON}:${IDS[0]}`) ?? "{}")).toMatchObject({
      dirty: true,
      value: valueFor(0, `第${n}次`),
    });

    // Nothing goes out before Retry-After, however often the page retries; a submit waits too.
    const sent = requests;
    store.retryPending();
    expect(await store.submit()).toBe(false);
    expect(store.submitError).toBe(m.submitFailedBusy);
    expect(store.submitPending).toBe(true);
    await settle();
    expect(requests).toBe(sent);

    // After Retry-After, the page's next retry (every 5 s) saves the answer, then the submit.
    clock.advance(1_000);
    store.retryPending();
    await settle();
    expect(store.get(IDS[0]!)?.state).toBe("saved");
    const held = await prisma.answer.findFirst({ where: { userId: student.id, exerciseId: IDS[0]! } });
    expect(canonical(JSON.parse(held!.value))).toBe(canonical(valueFor(0, `第${n}次`)));
    expect(store.locked).toBe(true);
    expect(await prisma.submission.count({ where: { userId: student.id } })).toBe(1);
  });
});
