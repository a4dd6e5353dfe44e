import { describe, expect, it, vi } from "vitest";
import { WorksheetStore, type ServerWork } from "./worksheet-store";

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

type Handler = (url: string, init: RequestInit) => Response | Promise<Response>;

function setup(
  handler: Handler,
  opts: { online?: boolean; canSave?: boolean; storage?: ReturnType<typeof memoryStorage> } = {},
) {
  const storage = opts.storage ?? memoryStorage();
  const calls: { url: string; body: unknown }[] = [];
  let online = opts.online ?? true;
  const fetchImpl = vi.fn(async (url: string, init: RequestInit) => {
    calls.push({ url, body: JSON.parse(String(init.body)) });
    return handler(url, init);
  }) as unknown as typeof fetch;
  const store = new WorksheetStore("haier-case", "u1", opts.canSave ?? true, {
    fetch: fetchImpl,
    storage,
    isOnline: () => online,
    debounceMs: 0,
  });
  return { store, storage, calls, setOnline: (v: boolean) => (online = v) };
}

const ok = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });
const empty = () => ({ rows: [] });
const noWork: ServerWork = { answers: {}, submission: null };

describe("WorksheetStore", () => {
  it("saves an edit with the base version and remembers the new one", async () => {
    const { store, calls, storage } = setup(() => ok({ version: 1 }));
    store.init(["t1"], noWork, empty);
    store.set("t1", { rows: [{ content: "真诚到永远" }] });
    expect(store.overall()).toBe("saving");
    await vi.waitFor(() => expect(store.get("t1")?.state).toBe("saved"));
    expect(calls[0]).toEqual({
      url: "/api/work/haier-case/answers/t1",
      body: { value: { rows: [{ content: "真诚到永远" }] }, baseVersion: 0 },
    });
    expect(store.get("t1")?.baseVersion).toBe(1);
    expect(JSON.parse(storage.data.get("kefu:v1:u1:haier-case:t1") ?? "{}")).toMatchObject({
      baseVersion: 1,
      dirty: false,
    });
    expect(store.overall()).toBe("saved");
  });

  it("keeps the edit in the browser and says 未保存 while offline, then sends it", async () => {
    const { store, calls, storage, setOnline } = setup(() => ok({ version: 1 }), { online: false });
    store.init(["t1"], noWork, empty);
    store.set("t1", { rows: [{ content: "离线时写的" }] });
    await vi.waitFor(() => expect(store.overall()).toBe("offline"));
    expect(calls).toHaveLength(0);
    expect(JSON.parse(storage.data.get("kefu:v1:u1:haier-case:t1") ?? "{}")).toMatchObject({
      dirty: true,
      value: { rows: [{ content: "离线时写的" }] },
    });
    setOnline(true);
    store.retryPending();
    await vi.waitFor(() => expect(store.overall()).toBe("saved"));
    expect(calls).toHaveLength(1);
  });

  it("treats a failed request as offline, not as saved", async () => {
    const { store } = setup(() => {
      throw new TypeError("Failed to fetch");
    });
    store.init(["t1"], noWork, empty);
    store.set("t1", { rows: [] });
    await vi.waitFor(() => expect(store.overall()).toBe("offline"));
  });

  it("restores unsent local edits after a reload and sends them", async () => {
    const storage = memoryStorage();
    storage.setItem(
      "kefu:v1:u1:haier-case:t1",
      JSON.stringify({ value: { rows: [{ content: "本机草稿" }] }, baseVersion: 2, dirty: true }),
    );
    const { store, calls } = setup(() => ok({ version: 3 }), { storage });
    store.init(["t1"], { answers: { t1: { value: { rows: [] }, version: 2 } }, submission: null }, empty);
    expect(store.get("t1")?.value).toEqual({ rows: [{ content: "本机草稿" }] });
    await vi.waitFor(() => expect(store.get("t1")?.baseVersion).toBe(3));
    expect(calls[0]?.body).toMatchObject({ baseVersion: 2 });
  });

  it("stops on a conflict instead of overwriting, and lets the student choose", async () => {
    let version = 5;
    const { store, calls } = setup((_url, init) => {
      const { baseVersion } = JSON.parse(String(init.body)) as { baseVersion: number };
      if (baseVersion !== version)
        return ok({ message: "冲突", current: { value: { rows: [{ content: "另一个窗口" }] }, version } }, 409);
      version++;
      return ok({ version });
    });
    store.init(["t1"], { answers: { t1: { value: { rows: [] }, version: 4 } }, submission: null }, empty);
    store.set("t1", { rows: [{ content: "旧窗口" }] });
    await vi.waitFor(() => expect(store.overall()).toBe("conflict"));
    expect(store.get("t1")?.server).toEqual({ value: { rows: [{ content: "另一个窗口" }] }, version: 5 });

    store.resolveConflict("t1", "mine");
    await vi.waitFor(() => expect(store.overall()).toBe("saved"));
    expect(calls.at(-1)?.body).toMatchObject({ baseVersion: 5, value: { rows: [{ content: "旧窗口" }] } });
    expect(store.get("t1")?.baseVersion).toBe(6);
  });

  it("waits quietly through a busy server (503): never red 未保存, sent again after the wait", async () => {
    let puts = 0;
    const { store, storage } = setup(() =>
      ++puts === 1
        ? new Response(JSON.stringify({ message: "服务器正忙" }), { status: 503, headers: { "Retry-After": "0.01" } })
        : ok({ version: 1 }),
    );
    store.init(["t1"], noWork, empty);
    store.set("t1", { rows: [{ content: "忙时写的" }] });
    await vi.waitFor(() => expect(puts).toBe(1));
    await new Promise((r) => setTimeout(r, 0));
    expect(store.get("t1")?.state).toBe("dirty");
    expect(store.overall()).toBe("saving");
    expect(JSON.parse(storage.data.get("kefu:v1:u1:haier-case:t1") ?? "{}")).toMatchObject({ dirty: true });
    // Nothing goes out before the wait is over; the page's next retry after it saves.
    store.retryPending();
    expect(puts).toBe(1);
    await new Promise((r) => setTimeout(r, 30));
    store.retryPending();
    await vi.waitFor(() => expect(store.get("t1")?.state).toBe("saved"));
    expect(puts).toBe(2);
  });

  it("marks an expired session and keeps the draft", async () => {
    const { store, storage } = setup(() => ok({ message: "请先登录" }, 401));
    store.init(["t1"], noWork, empty);
    store.set("t1", { rows: [{ content: "x" }] });
    await vi.waitFor(() => expect(store.overall()).toBe("expired"));
    expect(JSON.parse(storage.data.get("kefu:v1:u1:haier-case:t1") ?? "{}")).toMatchObject({ dirty: true });
  });

  it("submits once with one idempotency key, retrying with the same key", async () => {
    let submits = 0;
    const keys: string[] = [];
    const { store } = setup((url, init) => {
      if (url.endsWith("/submit")) {
        keys.push((JSON.parse(String(init.body)) as { idempotencyKey: string }).idempotencyKey);
        submits++;
        if (submits === 1) return ok({ message: "服务器正忙" }, 503);
        return ok({
          version: 1,
          status: "SUBMITTED",
          submittedAt: "2026-11-23T00:00:00Z",
          autoScore: null,
          autoMax: null,
        });
      }
      return ok({ version: 1 });
    });
    store.init(["t1"], noWork, empty);
    store.set("t1", { rows: [{ content: "答案" }] });
    expect(await store.submit()).toBe(false);
    expect(store.submitError).toContain("提交没有成功");
    expect(store.submitPending).toBe(true);
    expect(await store.submit()).toBe(true);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
    expect(store.locked).toBe(true);
    store.set("t1", { rows: [{ content: "提交后改" }] });
    expect(store.get("t1")?.value).toEqual({ rows: [{ content: "答案" }] });
  });

  it("keeps answers in the browser only when the reader may not save", async () => {
    const { store, calls } = setup(() => ok({}), { canSave: false });
    store.init(["t1"], null, empty);
    store.set("t1", { rows: [{ content: "游客" }] });
    await new Promise((r) => setTimeout(r, 10));
    expect(calls).toHaveLength(0);
    expect(store.overall()).toBe("local");
  });
});
