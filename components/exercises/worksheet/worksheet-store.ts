import { exerciseMessages as m } from "@/lib/messages/exercises";
import { isLocked } from "@/lib/work/status";
import type { Entry, EntryState, OverallStatus, ServerWork, Submission } from "./worksheet-types";

export type { Entry, EntryState, OverallStatus, ServerWork, Submission } from "./worksheet-types";

// The student's answers on one lesson page, kept in the browser first (localStorage: survives
// reload, a closed tab and going offline) and then saved to the server per exercise with a
// version number. Plain TypeScript with injected fetch/storage so it can be tested without React.

type Deps = {
  fetch: typeof fetch;
  storage: Pick<Storage, "getItem" | "setItem" | "removeItem"> | null;
  isOnline: () => boolean;
  /** Debounce before a change is sent, in ms. */
  debounceMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
};

type Stored = { value: unknown; baseVersion: number; dirty: boolean };

export class WorksheetStore {
  private entries = new Map<string, Entry>();
  private listeners = new Set<() => void>();
  private timers = new Map<string, unknown>();
  private inFlight = new Map<string, Promise<void>>();
  private submitKey: string | null = null;
  submission: Submission | null = null;
  /** The student's group, for group exercises (their drafts are shared by the whole group). */
  group: { name: string; members: string[] } | null = null;
  /** The teacher's 评分标准 per exercise, when they differ from the built-in ones. */
  rubrics: NonNullable<ServerWork["rubrics"]> = {};
  submitError: string | null = null;
  submitting = false;
  /** False until init() has merged the browser's and the server's copies. */
  ready = false;
  private version = 0;

  constructor(
    readonly lesson: string,
    /** Whose drafts these are: a user id, or "anon" for a visitor who is not signed in. */
    readonly userKey: string,
    /** Only students save to the server; everyone else keeps answers in this browser. */
    readonly canSave: boolean,
    private deps: Deps,
  ) {}

  // ---- reading -------------------------------------------------------------------------

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Changes whenever anything changes; lets React re-render. */
  getVersion = () => this.version;

  get(id: string): Entry | undefined {
    return this.entries.get(id);
  }

  get locked(): boolean {
    return isLocked(this.submission?.status);
  }

  overall(): OverallStatus {
    if (this.locked) return "locked";
    const states = [...this.entries.values()].map((e) => e.state);
    if (!this.canSave) return "local";
    for (const s of ["conflict", "expired", "offline", "error"] as const) if (states.includes(s)) return s;
    if (states.some((s) => s === "saving" || s === "dirty")) return "saving";
    return "saved";
  }

  hasAnswers(): boolean {
    return [...this.entries.values()].some((e) => e.baseVersion > 0 || e.state !== "saved");
  }

  // ---- loading -------------------------------------------------------------------------

  /** Merges what this browser kept with what the server has; unsent local edits win and are sent. */
  init(ids: string[], server: ServerWork | null, empty: (id: string) => unknown) {
    this.submission = server?.submission ?? null;
    this.group = server?.group ?? null;
    this.rubrics = server?.rubrics ?? {};
    this.ready = true;
    for (const id of ids) {
      const local = this.readLocal(id);
      const remote = server?.answers[id];
      if (local?.dirty && !this.locked) {
        this.entries.set(id, { value: local.value, baseVersion: local.baseVersion, state: this.canSave ? "dirty" : "local" });
        if (this.canSave) this.schedule(id, 0);
      } else if (remote) {
        this.entries.set(id, { value: remote.value, baseVersion: remote.version, state: "saved" });
        this.writeLocal(id, { value: remote.value, baseVersion: remote.version, dirty: false });
      } else if (local && !this.canSave) {
        this.entries.set(id, { value: local.value, baseVersion: 0, state: "local" });
      } else {
        this.entries.set(id, { value: empty(id), baseVersion: 0, state: this.canSave ? "saved" : "local" });
      }
    }
    this.emit();
  }

  // ---- editing and saving --------------------------------------------------------------

  set(id: string, value: unknown) {
    const entry = this.entries.get(id);
    if (!entry || this.locked) return;
    const state: EntryState = !this.canSave ? "local" : entry.state === "conflict" || entry.state === "expired" ? entry.state : "dirty";
    this.entries.set(id, { ...entry, value, state });
    this.writeLocal(id, { value, baseVersion: entry.baseVersion, dirty: true });
    this.emit();
    if (this.canSave && state === "dirty") this.schedule(id, this.deps.debounceMs ?? 700);
  }

  /** Keep the server's newer copy, or overwrite it with this tab's value. */
  resolveConflict(id: string, keep: "server" | "mine") {
    const entry = this.entries.get(id);
    if (!entry || entry.state !== "conflict") return;
    const server = entry.server ?? { value: entry.value, version: 0 };
    if (keep === "server") {
      this.entries.set(id, { value: server.value, baseVersion: server.version, state: "saved" });
      this.writeLocal(id, { value: server.value, baseVersion: server.version, dirty: false });
    } else {
      this.entries.set(id, { value: entry.value, baseVersion: server.version, state: "dirty" });
      this.writeLocal(id, { value: entry.value, baseVersion: server.version, dirty: true });
      this.schedule(id, 0);
    }
    this.emit();
  }

  /** Sends again whatever is waiting (after coming back online, or on a timer). */
  retryPending() {
    for (const [id, entry] of this.entries) {
      if (entry.state === "offline" || entry.state === "error" || entry.state === "dirty") this.schedule(id, 0);
    }
  }

  markOffline() {
    let changed = false;
    for (const [id, entry] of this.entries) {
      if (entry.state === "dirty" || entry.state === "saving") {
        this.entries.set(id, { ...entry, state: "offline", message: m.unsavedOffline });
        changed = true;
      }
    }
    if (changed) this.emit();
  }

  /** Waits until every pending change has been sent (or has failed). */
  async flush(): Promise<boolean> {
    for (const [id, entry] of this.entries) {
      if (["dirty", "offline", "error"].includes(entry.state)) {
        this.cancelTimer(id);
        await this.save(id);
      }
      await this.inFlight.get(id);
    }
    return [...this.entries.values()].every((e) => e.state === "saved");
  }

  private schedule(id: string, ms: number) {
    this.cancelTimer(id);
    const setTimer = this.deps.setTimer ?? ((fn, delay) => setTimeout(fn, delay));
    this.timers.set(id, setTimer(() => void this.save(id), ms));
  }

  private cancelTimer(id: string) {
    const handle = this.timers.get(id);
    if (handle !== undefined) (this.deps.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>)))(handle);
    this.timers.delete(id);
  }

  private save(id: string): Promise<void> {
    const running = this.inFlight.get(id);
    if (running) {
      // One request per exercise at a time; the edit made meanwhile goes out right after.
      return running.then(() => (this.entries.get(id)?.state === "dirty" ? this.save(id) : undefined));
    }
    const promise = this.send(id).finally(() => this.inFlight.delete(id));
    this.inFlight.set(id, promise);
    return promise;
  }

  private async send(id: string) {
    const entry = this.entries.get(id);
    if (!entry || !["dirty", "offline", "error"].includes(entry.state)) return;
    if (!this.deps.isOnline()) {
      this.update(id, { state: "offline", message: m.unsavedOffline });
      return;
    }
    const sent = entry.value;
    this.update(id, { state: "saving" });
    let response: Response;
    try {
      response = await this.deps.fetch(`/api/work/${encodeURIComponent(this.lesson)}/answers/${encodeURIComponent(id)}`, {
        method: "PUT",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ value: sent, baseVersion: entry.baseVersion }),
      });
    } catch {
      this.update(id, { state: "offline", message: m.unsavedOffline });
      return;
    }
    const body = (await response.json().catch(() => ({}))) as { version?: number; message?: string; current?: Entry["server"] };
    const now = this.entries.get(id);
    if (!now) return;
    if (response.ok && typeof body.version === "number") {
      const changedMeanwhile = now.value !== sent;
      this.entries.set(id, { value: now.value, baseVersion: body.version, state: changedMeanwhile ? "dirty" : "saved" });
      this.writeLocal(id, { value: now.value, baseVersion: body.version, dirty: changedMeanwhile });
      this.emit();
      if (changedMeanwhile) this.schedule(id, this.deps.debounceMs ?? 700);
      return;
    }
    if (response.status === 409) this.update(id, { state: "conflict", message: m.conflict, server: body.current ?? null });
    else if (response.status === 401) this.update(id, { state: "expired", message: m.sessionExpired });
    else if (response.status === 423) {
      this.update(id, { state: "error", message: m.locked });
    } else this.update(id, { state: "error", message: body.message ?? m.unsavedError });
  }

  // ---- submitting ----------------------------------------------------------------------

  async submit(): Promise<boolean> {
    if (this.submitting || this.locked) return false;
    this.submitting = true;
    this.submitError = null;
    this.emit();
    try {
      if (!(await this.flush())) {
        this.submitError = this.overall() === "offline" ? m.unsavedOffline : "还有答案没有保存到服务器，请处理上面的提示后再提交。";
        return false;
      }
      // The same key for every retry of this submit: the server records it once.
      this.submitKey ??= globalThis.crypto.randomUUID();
      let response: Response;
      try {
        response = await this.deps.fetch(`/api/work/${encodeURIComponent(this.lesson)}/submit`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ idempotencyKey: this.submitKey }),
        });
      } catch {
        this.submitError = m.unsavedOffline;
        return false;
      }
      const body = (await response.json().catch(() => ({}))) as Submission & { message?: string };
      if (!response.ok) {
        this.submitError = body.message ?? m.serverBusy;
        return false;
      }
      this.submission = body;
      this.submitKey = null;
      for (const [id, entry] of this.entries) this.writeLocal(id, { value: entry.value, baseVersion: entry.baseVersion, dirty: false });
      return true;
    } finally {
      this.submitting = false;
      this.emit();
    }
  }

  // ---- plumbing ------------------------------------------------------------------------

  private update(id: string, patch: Partial<Entry>) {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.set(id, { ...entry, ...patch });
    this.emit();
  }

  private emit() {
    this.version++;
    for (const listener of this.listeners) listener();
  }

  private key(id: string) {
    return `kefu:v1:${this.userKey}:${this.lesson}:${id}`;
  }

  private readLocal(id: string): Stored | null {
    try {
      const raw = this.deps.storage?.getItem(this.key(id));
      return raw ? (JSON.parse(raw) as Stored) : null;
    } catch {
      return null;
    }
  }

  private writeLocal(id: string, stored: Stored) {
    try {
      this.deps.storage?.setItem(this.key(id), JSON.stringify(stored));
    } catch {
      // Storage full or disabled (private mode): the server copy still works.
    }
  }
}
