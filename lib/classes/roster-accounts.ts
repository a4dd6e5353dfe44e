import type { Role } from "@/lib/auth/roles";
import { cleanName } from "@/lib/validations/clean-text";
import type { RosterRow } from "./roster";

// What importing a roster row does to the accounts that already exist, decided once for the
// preview and again, on the server, for the import itself. A 学号 whose account carries another
// name is most often a typo that would enrol the wrong student, so it is flagged; the existing
// name is shown only to a caller who may see that student (their own student, or an admin).

export type ExistingAccount = {
  username: string;
  name: string;
  role: Role;
  /** Classes the account is enrolled in, and the teachers of those classes. */
  classIds: string[];
  teacherIds: string[];
};

export type AccountStatus =
  /** No account yet: one is created with an initial password. */
  | "new"
  /** The caller's own student from another class: enrolled here too. */
  | "enrol"
  /** Already in this class: nothing to do. */
  | "in-class"
  /** Someone else's student or a staff account: never enrolled by import (they join with the code). */
  | "elsewhere";

export type AccountCheck = {
  line: number;
  username: string;
  status: AccountStatus;
  /** The account's name differs from the roster's. */
  mismatch: boolean;
  /** The account's name, when the caller may see it. */
  existingName?: string;
};

/** Two spellings of one name: spaces, letter width, case and invisible characters do not count. */
export function sameName(a: string, b: string): boolean {
  const key = (name: string) => cleanName(name).normalize("NFKC").toLowerCase().replace(/\s+/g, "");
  return key(a) === key(b);
}

/** The account check of every row without errors, in roster order. */
export function classifyAccounts(
  rows: RosterRow[],
  existing: ExistingAccount[],
  caller: { classId: string; callerId: string; admin: boolean },
): AccountCheck[] {
  const byUsername = new Map(existing.map((a) => [a.username, a]));
  return rows
    .filter((row) => row.errors.length === 0)
    .map((row) => {
      const account = byUsername.get(row.username);
      if (!account) return { line: row.line, username: row.username, status: "new", mismatch: false };
      const student = account.role === "STUDENT";
      const inClass = student && account.classIds.includes(caller.classId);
      const mine = student && account.teacherIds.includes(caller.callerId);
      const status: AccountStatus = inClass ? "in-class" : mine ? "enrol" : "elsewhere";
      const visible = student && (mine || inClass || caller.admin);
      return {
        line: row.line,
        username: row.username,
        status,
        mismatch: !sameName(account.name, row.name),
        ...(visible ? { existingName: account.name } : {}),
      };
    });
}

/** Whether the row is written by an import with these confirmations (usernames whose mismatch the teacher accepted). */
export function willImport(check: AccountCheck, confirmed: ReadonlySet<string>): boolean {
  if (check.status === "new") return true;
  return check.status === "enrol" && (!check.mismatch || confirmed.has(check.username));
}
