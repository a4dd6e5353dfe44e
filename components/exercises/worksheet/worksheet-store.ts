import { exerciseMessages as m } from "@/lib/messages/exercises";
import { isLocked } from "@/lib/work/status";
import { LocalDrafts, sameAnswer, type StorageLike, type Stored } from "./worksheet-local";
import type { Entry, EntryState, LoadState, OverallStatus, ServerWork, Submission } from "./worksheet-types";

export type { Entry, EntryState, LoadState, OverallStatus, ServerWork, Submission } from "./worksheet-types";

// The student's answers on one lesson page, kept in the browser first (localStorage: survives
// reload, a closed tab and going offline) and then saved to the server per exercise with a
// version number. Plain TypeScript with injected fetch/storage/timers so it can be tested
// without React. The screen says 已保存 only for content the server has confirmed.

type Deps = {
  fetch: typeof fetch;
  storage: StorageLike | null;
  /** This tab's own storage (sessionStorage), for what only this tab may know. */
  tabStorage?: StorageLike | null;
  isOnline: () => boolean;
  /** Debounce before a change is sent, in ms. */
  debounceMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
};

const SENDABLE: EntryState[] = ["dirty", "offline", "error", "expired"];
/** Waits before loading the server's copy again after a failed load. */
const LOAD_RETRY_MS = [2_000, 5_000, 10_000, 20_000, 30_000];
/** How many unanswered sends to remember (a reply can be lost more than once in a row). */
const UNACKED_KEPT = 5;
/** Waits after a 429 or 503 without a usable Retry-After, and the longest Retry-After followed. */
const THROTTLE_DEFAULT_MS = 5_000;
const THROTTLE_MAX_MS = 60_000;

/** How long a 429 or 503 asks us to wait (Retry-After, in seconds), within sane bounds. */
function retryAfterMs(response: Response): number {
  const seconds = Number(response.headers.get("retry-after"));
  return Number.isFinite(seconds) && seconds > 0
    ? Math.min(THROTTLE_MAX_MS, Math.ceil(seconds * 1000))
    : THROTTLE_DEFAULT_MS;
}

export class WorksheetStore {
  private entries = new Map<string, Entry>();
  private listeners = new Set<() => void>();
  private timers = new Map<string, unknown>();
  private inFlight = new Map<string, Promise<void>>();
  private local: LocalDrafts;
  private ids: string[] = [];
  private empty: (id: string) => unknown = () => undefined;
  private loading = false;
  private loadAttempts = 0;
  private submitKey: string | null = null;
  /**
   * The server said "too many requests" (429): nothing is sent until its Retry-After has passed.
   * Like a busy server, not a failure — the answers stay unsaved here and go out with the next
   * retry after that (the page retries every few seconds, and on every edit).
   */
  private throttled = false;
  /** A submit that failed on the network or a busy server: sent again once the network is back. */
  submitPending = false;
  submission: Submission | null = null;
  /** The student's group, for group exercises (their drafts are shared by the whole group). */
  group: { name: string; members: string[] } | null = null;
  /** The teacher's 评分标准 per exercise, when they differ from the built-in ones. */
  rubrics: NonNullable<ServerWork["rubrics"]> = {};
  /** The deadline that applies, and how far this device's clock is from the server's (ms). */
  assignment: ServerWork["assignment"] = null;
  clockSkewMs = 0;
  /** Changes made in this browser that missed the submission: kept here, back in play after a 退回. */
  keptAfterSubmit = new Map<string, unknown>();
  submitError: string | null = null;
  submitting = false;
  /** False until the answers can be shown (from this browser's copy, then the server's). */
  ready = false;
  /** Whether the server's copy has been read; until then nothing is called 已保存. */
  loadState: LoadState = "loaded";
  private version = 0;

  constructor(
    readonly lesson: string,
    /** Whose drafts these are: a user id, or "anon" for a visitor who is not signed in. */
    readonly userKey: string,
    /** Only students save to the server; everyone else keeps answers in this browser. */
    readonly canSave: boolean,
    private deps: Deps,
    /** Signed out, showing the drafts of the student last signed in here: their name. */
    readonly signedOutAs: string | null = null,
  ) {
    this.local = new LocalDrafts(deps.storage, deps.tabStorage ?? null, userKey, lesson);
  }

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

  /**
   * Whether the student can type: not while handed in, nor in the moment the server's copy is
   * being read (an edit then would start from a copy the server may already have replaced). After
   * a failed load they can work on this browser's copy.
   */
  get editable(): boolean {
    return !this.locked && !(this.canSave && this.loadState === "loading");
  }

  overall(): OverallStatus {
    if (this.locked) return "locked";
    if (!this.canSave) return "local";
    const states = [...this.entries.values()].map((e) => e.state);
    for (const s of ["conflict", "expired"] as const) if (states.includes(s)) return s;
    if (this.loadState === "loading") return "loading";
    if (this.loadState === "failed") return "loadFailed";
    for (const s of ["offline", "error"] as const) if (states.includes(s)) return s;
    if (states.some((s) => s === "saving" || s === "dirty")) return "saving";
    return "saved";
  }

  /** The exercises still as they started (nothing typed, chosen or moved). */
  unanswered(): string[] {
    return [...this.entries.values()].filter((e) => sameAnswer(e.value, this.empty(e.id))).map((e) => e.id);
  }

  /** Now by the server's clock (the deadline is the server's, not this phone's). */
  serverNow(): Date {
    return new Date(Date.now() + this.clockSkewMs);
  }

  hasAnswers(): boolean {
    return [...this.entries.values()].some(
      (e) =>
        e.baseVersion > 0 ||
        (e.state !== "saved" && e.state !== "unconfirmed") ||
        !sameAnswer(e.value, this.empty(e.id)),
    );
  }

  // ---- loading -------------------------------------------------------------------------

  /**
   * Shows this browser's copy at once, then reads the server's and merges the two. A failed load
   * says so and is retried; nothing is sent before the server's copy has been read.
   */
  start(ids: string[], empty: (id: string) => unknown) {
    this.ids = ids;
    this.empty = empty;
    if (!this.canSave) return this.init(ids, null, empty);
    this.loadState = "loading";
    for (const id of ids) {
      const local = this.local.read(id);
      this.entries.set(id, {
        id,
        value: local ? local.value : empty(id),
        baseVersion: local?.baseVersion ?? 0,
        state: "unconfirmed",
      });
    }
    this.ready = true;
    this.emit();
    void this.load();
  }

  private async load() {
    if (this.loading) return;
    this.loading = true;
    this.cancelTimer("#load");
    let response: Response | null = null;
    let work: ServerWork | null = null;
    try {
      response = await this.deps.fetch(`/api/work/${encodeURIComponent(this.lesson)}`);
      if (response.ok) work = (await response.json()) as ServerWork;
    } catch {
      work = null;
    }
    this.loading = false;
    if (work) {
      this.loadAttempts = 0;
      this.init(this.ids, work, this.empty);
      return;
    }
    this.loadState = "failed";
    const expired = response?.status === 401;
    for (const [id, entry] of this.entries) {
      if (entry.state === "unconfirmed" || entry.state === "expired")
        this.entries.set(id, {
          ...entry,
          state: expired ? "expired" : "unconfirmed",
          message: expired ? m.sessionExpired : m.loadFailed,
        });
    }
    this.emit();
    const delay = LOAD_RETRY_MS[Math.min(this.loadAttempts++, LOAD_RETRY_MS.length - 1)]!;
    this.schedule("#load", delay, () => void this.load());
  }

  /** Merges what this browser kept with what the server has; unsent local edits win and are sent. */
  init(ids: string[], server: ServerWork | null, empty: (id: string) => unknown) {
    this.ids = ids;
    this.empty = empty;
    this.submission = server?.submission ?? null;
    this.group = server?.group ?? null;
    this.rubrics = server?.rubrics ?? {};
    this.assignment = server?.assignment ?? null;
    if (this.assignment) this.clockSkewMs = Date.parse(this.assignment.serverNow) - Date.now();
    this.loadState = "loaded";
    this.ready = true;
    for (const id of ids) {
      // What this tab typed while loading wins over the shared copy (another tab may have replaced it).
      const own = this.entries.get(id);
      const local = own?.edited ? { value: own.value, baseVersion: own.baseVersion, dirty: true } : this.local.read(id);
      const remote = server?.answers[id];
      if (local?.dirty && !this.canSave) {
        this.entries.set(id, { id, value: local.value, baseVersion: local.baseVersion, state: "local" });
      } else if (local?.dirty && !this.locked && !(remote && sameAnswer(remote.value, local.value))) {
        this.entries.set(id, { id, value: local.value, baseVersion: local.baseVersion, state: "dirty" });
        this.schedule(id, 0);
      } else if (local && !local.dirty && this.canSave && local.baseVersion > (remote?.version ?? 0)) {
        // Another tab saved a newer copy while this one was loading.
        this.entries.set(id, { id, value: local.value, baseVersion: local.baseVersion, state: "saved" });
      } else if (local?.dirty && this.locked && !(remote && sameAnswer(remote.value, local.value))) {
        // Handed in (from another tab) before this change reached the server: keep it for after a 退回.
        this.entries.set(id, {
          id,
          value: remote?.value ?? empty(id),
          baseVersion: remote?.version ?? 0,
          state: "saved",
        });
        this.keptAfterSubmit.set(id, local.value);
      } else if (remote) {
        this.entries.set(id, { id, value: remote.value, baseVersion: remote.version, state: "saved" });
        this.local.write(id, { value: remote.value, baseVersion: remote.version, dirty: false });
      } else if (local && !this.canSave) {
        this.entries.set(id, { id, value: local.value, baseVersion: local.baseVersion, state: "local" });
      } else {
        this.entries.set(id, { id, value: empty(id), baseVersion: 0, state: this.canSave ? "saved" : "local" });
      }
    }
    if (this.canSave && this.local.readSubmitKey()) {
      // A submit whose reply never came: the server's answer above says whether it landed.
      if (!this.locked) this.submitError = m.submitNotConfirmed;
      this.local.writeSubmitKey(null);
    }
    this.emit();
    // Another tab may have saved while this one was loading.
    this.onStorage(null);
  }

  // ---- editing and saving --------------------------------------------------------------

  set(id: string, value: unknown) {
    const entry = this.entries.get(id);
    if (!entry || !this.editable) return;
    const keep: EntryState[] = ["conflict", "expired", "unconfirmed"];
    const state: EntryState = !this.canSave ? "local" : keep.includes(entry.state) ? entry.state : "dirty";
    this.entries.set(id, { ...entry, value, state, edited: entry.edited || state === "unconfirmed" });
    this.local.write(id, { value, baseVersion: entry.baseVersion, dirty: true });
    this.emit();
    if (this.canSave && state === "dirty") this.schedule(id, this.deps.debounceMs ?? 700);
  }

  /** Keep the server's newer copy, or overwrite it with this tab's value. */
  resolveConflict(id: string, keep: "server" | "mine") {
    const entry = this.entries.get(id);
    if (!entry || entry.state !== "conflict") return;
    const server = entry.server ?? { value: entry.value, version: 0 };
    if (keep === "server") {
      this.entries.set(id, { id, value: server.value, baseVersion: server.version, state: "saved" });
      this.local.write(id, { value: server.value, baseVersion: server.version, dirty: false });
    } else {
      this.entries.set(id, { id, value: entry.value, baseVersion: server.version, state: "dirty" });
      this.local.write(id, { value: entry.value, baseVersion: server.version, dirty: true });
      this.schedule(id, 0);
    }
    this.emit();
  }

  /** Sends again whatever is waiting (after coming back online, signing in again, or on a timer). */
  retryPending() {
    if (!this.canSave) return;
    if (this.loadState === "failed") void this.load();
    for (const [id, entry] of this.entries) if (SENDABLE.includes(entry.state)) this.schedule(id, 0);
    if (this.submitPending && !this.submitting && this.deps.isOnline()) void this.submit();
  }

  /** Another tab of this browser changed the copy kept here (the `storage` event). */
  onStorage(key: string | null) {
    let changed = false;
    for (const [id, entry] of this.entries) {
      if (key !== null && key !== this.local.key(id)) continue;
      const stored = this.local.readShared(id);
      if (!stored || (entry.state !== "saved" && entry.state !== "elsewhere")) continue;
      if (!stored.dirty && stored.baseVersion > entry.baseVersion) {
        // A newer copy the other tab has had confirmed by the server replaces this tab's saved one.
        this.entries.set(id, { id, value: stored.value, baseVersion: stored.baseVersion, state: "saved" });
        changed = true;
      } else if (stored.dirty && !sameAnswer(stored.value, entry.value)) {
        // The other tab is changing this exercise: this tab no longer shows what the server holds.
        this.entries.set(id, { ...entry, value: stored.value, state: "elsewhere", message: m.editedElsewhere });
        changed = true;
      }
    }
    if (changed) this.emit();
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
      if (SENDABLE.includes(entry.state)) {
        this.cancelTimer(id);
        await this.save(id);
      }
      await this.inFlight.get(id);
    }
    return [...this.entries.values()].every((e) => e.state === "saved");
  }

  private schedule(id: string, ms: number, fn: () => void = () => void this.save(id)) {
    this.cancelTimer(id);
    const setTimer = this.deps.setTimer ?? ((f, delay) => setTimeout(f, delay));
    this.timers.set(
      id,
      setTimer(() => {
        this.timers.delete(id);
        fn();
      }, ms),
    );
  }

  private cancelTimer(id: string) {
    const handle = this.timers.get(id);
    if (handle !== undefined)
      (this.deps.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>)))(handle);
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
    if (!entry || !SENDABLE.includes(entry.state) || this.loadState !== "loaded") return;
    // Held back until the Retry-After has passed; the next retry after it sends the answer.
    if (this.throttled) return;
    if (!this.deps.isOnline()) {
      this.update(id, { state: "offline", message: m.unsavedOffline });
      return;
    }
    const sent = entry.value;
    // Remembered before sending: if the reply is lost, the server may hold this copy already.
    const unacked = [...this.local.readUnacked(id), sent].slice(-UNACKED_KEPT);
    this.local.writeUnacked(id, unacked);
    this.update(id, { state: "saving" });
    let response: Response;
    try {
      response = await this.deps.fetch(
        `/api/work/${encodeURIComponent(this.lesson)}/answers/${encodeURIComponent(id)}`,
        {
          method: "PUT",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ value: sent, baseVersion: entry.baseVersion }),
        },
      );
    } catch {
      this.update(id, { state: "offline", message: m.unsavedOffline });
      return;
    }
    const body = (await response.json().catch(() => ({}))) as {
      version?: number;
      message?: string;
      current?: Entry["server"];
    };
    const now = this.entries.get(id);
    if (!now) return;
    if (response.status === 429 || response.status === 503) {
      // Too many saves at once (several tabs, a burst of retries) or a busy database: the server
      // stored nothing. The answer waits here, unsaved but not in trouble, and is sent again after
      // Retry-After (5 s when the reply names no wait).
      this.update(id, { state: "dirty", message: undefined });
      return this.throttle(retryAfterMs(response));
    }
    if (response.ok && typeof body.version === "number") return this.confirmed(id, body.version, sent);
    const current = body.current;
    if (response.status === 409 && current && unacked.some((v) => sameAnswer(v, current.value))) {
      // The newer copy on the server is one this browser sent (its reply was lost): not a conflict.
      return this.confirmed(id, current.version, current.value);
    }
    if (response.status === 409) this.update(id, { state: "conflict", message: m.conflict, server: current ?? null });
    else if (response.status === 401) this.update(id, { state: "expired", message: m.sessionExpired });
    else if (response.status === 423) this.update(id, { state: "error", message: m.locked });
    else this.update(id, { state: "error", message: body.message ?? m.unsavedError });
  }

  /** The server holds `held` as `version`: saved, unless the student has typed since. */
  private confirmed(id: string, version: number, held: unknown) {
    const now = this.entries.get(id);
    if (!now) return;
    const done = sameAnswer(now.value, held);
    const stored: Stored = { value: now.value, baseVersion: version, dirty: !done };
    this.entries.set(id, { id, value: now.value, baseVersion: version, state: done ? "saved" : "dirty" });
    this.local.write(id, stored);
    this.local.writeUnacked(id, []);
    this.emit();
    if (!done) this.schedule(id, this.deps.debounceMs ?? 700);
  }

  // ---- submitting ----------------------------------------------------------------------

  async submit(): Promise<boolean> {
    if (this.submitting || this.locked || !this.canSave) return false;
    if (this.loadState !== "loaded") {
      this.submitError = m.submitNotLoaded;
      this.emit();
      return false;
    }
    this.submitting = true;
    this.submitError = null;
    this.emit();
    try {
      if (!(await this.flush())) {
        if (this.throttled) {
          // Saves held back by a 429: like a busy server, the submit goes again once they are through.
          this.submitPending = true;
          this.submitError = m.submitFailedBusy;
          return false;
        }
        const offline = this.overall() === "offline";
        // Offline: sent again by itself once the network is back. Anything else needs the student.
        this.submitPending = offline;
        this.submitError = offline
          ? m.submitFailedOffline
          : this.overall() === "expired"
            ? m.submitExpired
            : m.submitUnsaved;
        return false;
      }
      // The same key for every retry of this submit, across reloads: the server records it once.
      this.submitKey ??= this.local.readSubmitKey() ?? globalThis.crypto.randomUUID();
      this.local.writeSubmitKey(this.submitKey);
      let response: Response;
      try {
        response = await this.deps.fetch(`/api/work/${encodeURIComponent(this.lesson)}/submit`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ idempotencyKey: this.submitKey }),
        });
      } catch {
        this.submitPending = true;
        this.submitError = m.submitFailedOffline;
        return false;
      }
      const body = (await response.json().catch(() => ({}))) as Submission & { message?: string };
      if (response.status === 429) {
        // Too many requests: as with a busy server, the same submit is sent again after Retry-After.
        this.submitPending = true;
        this.submitError = m.submitFailedBusy;
        this.throttle(retryAfterMs(response));
        return false;
      }
      if (!response.ok) {
        this.submitPending = response.status >= 500;
        this.submitError =
          response.status === 401
            ? m.submitExpired
            : response.status >= 500
              ? m.submitFailedBusy
              : (body.message ?? m.submitFailedBusy);
        if (!this.submitPending) this.forgetSubmitKey();
        return false;
      }
      this.submission = body;
      this.submitPending = false;
      this.forgetSubmitKey();
      for (const [id, entry] of this.entries)
        this.local.write(id, { value: entry.value, baseVersion: entry.baseVersion, dirty: false });
      return true;
    } finally {
      this.submitting = false;
      this.emit();
    }
  }

  /**
   * Holds every send back for `ms` (a later 429 restarts the wait). The timer only lifts the hold:
   * the next retry sends what is waiting, so a page that has gone away sends nothing.
   */
  private throttle(ms: number) {
    this.throttled = true;
    this.schedule("#throttle", ms, () => {
      this.throttled = false;
    });
  }

  private forgetSubmitKey() {
    this.submitKey = null;
    this.local.writeSubmitKey(null);
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
}
