// What a worksheet keeps in this browser (localStorage): each exercise's draft, the key of a
// submit whose reply never came, and who the last signed-in student was — so a student whose
// session expired still sees their own drafts, and what they type then goes into their account
// once they sign in again (and to no one else's: the drafts are filed under their user id).

export type StorageLike = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export type Stored = {
  value: unknown;
  baseVersion: number;
  dirty: boolean;
};

const LAST_STUDENT = "kefu:v1:last-student";

type SessionLike = { id: string; name?: string | null; role: string; mustChangePassword: boolean } | null | undefined;

export type Identity = {
  /** Whose drafts these are: a user id, or "anon". */
  userKey: string;
  /** Only a signed-in student saves to the server. */
  canSave: boolean;
  /** Signed out, showing the drafts of the student last signed in here: their name. */
  signedOutAs: string | null;
};

/** Whose drafts a lesson page shows and whether it may save them. */
export function worksheetIdentity(user: SessionLike, storage: StorageLike | null): Identity {
  if (user) {
    const canSave = user.role === "STUDENT" && !user.mustChangePassword;
    if (canSave) safeSet(storage, LAST_STUDENT, JSON.stringify({ id: user.id, name: user.name ?? "" }));
    return { userKey: user.id, canSave, signedOutAs: null };
  }
  const last = safeParse<{ id: string; name: string }>(safeGet(storage, LAST_STUDENT));
  return last?.id
    ? { userKey: last.id, canSave: false, signedOutAs: last.name || "上一位同学" }
    : { userKey: "anon", canSave: false, signedOutAs: null };
}

/** On 退出: the next person at this computer sees none of this student's drafts. */
export function forgetLastStudent(storage: StorageLike | null) {
  safeRemove(storage, LAST_STUDENT);
}

export class LocalDrafts {
  constructor(
    private storage: StorageLike | null,
    /** This tab's own storage (sessionStorage: survives a reload, not shared with other tabs). */
    private tabStorage: StorageLike | null,
    private userKey: string,
    private lesson: string,
  ) {}

  /** The values this tab sent whose replies never arrived: the server may hold any of them. */
  readUnacked(id: string): unknown[] {
    return safeParse<unknown[]>(safeGet(this.tabStorage, `${this.key(id)}:unacked`)) ?? [];
  }

  writeUnacked(id: string, values: unknown[]) {
    if (values.length) safeSet(this.tabStorage, `${this.key(id)}:unacked`, JSON.stringify(values));
    else safeRemove(this.tabStorage, `${this.key(id)}:unacked`);
  }

  key(id: string) {
    return `kefu:v1:${this.userKey}:${this.lesson}:${id}`;
  }

  /** This tab's unsaved draft if it has one (another tab may have replaced the shared copy), else the shared copy. */
  read(id: string): Stored | null {
    return safeParse<Stored>(safeGet(this.tabStorage, this.key(id))) ?? this.readShared(id);
  }

  /** The copy every tab of this browser sees. */
  readShared(id: string): Stored | null {
    return safeParse<Stored>(safeGet(this.storage, this.key(id)));
  }

  write(id: string, stored: Stored) {
    const text = JSON.stringify(stored);
    const shared = this.readShared(id);
    // A confirmed copy never replaces a newer confirmed one that another tab wrote.
    const older = !stored.dirty && shared && !shared.dirty && shared.baseVersion > stored.baseVersion;
    if (!older) safeSet(this.storage, this.key(id), text);
    if (stored.dirty) safeSet(this.tabStorage, this.key(id), text);
    else safeRemove(this.tabStorage, this.key(id));
  }

  readSubmitKey(): string | null {
    return safeGet(this.storage, this.key("#submit"));
  }

  writeSubmitKey(key: string | null) {
    if (key) safeSet(this.storage, this.key("#submit"), key);
    else safeRemove(this.storage, this.key("#submit"));
  }
}

function safeGet(storage: StorageLike | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function safeSet(storage: StorageLike | null, key: string, value: string) {
  try {
    storage?.setItem(key, value);
  } catch {
    // Storage full or disabled (private mode): the server copy still works.
  }
}

function safeRemove(storage: StorageLike | null, key: string) {
  try {
    storage?.removeItem(key);
  } catch {
    // Storage disabled: nothing was kept.
  }
}

function safeParse<T>(raw: string | null): T | null {
  if (!raw) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}

/** Two answers are the same when their JSON is, whatever order their keys came in. */
export function sameAnswer(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
