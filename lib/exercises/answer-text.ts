import type { Exercise } from "./definition";
import { kindOf } from "./kinds";
import type { CellRef } from "./kinds/cell-key";
import { table, type TableAnswer, type TableCell } from "./kinds/table";

export type { CellRef } from "./kinds/cell-key";
export type { TableCell } from "./kinds/table";

/** A student's answer as plain text, for comparing answers across a class (one cell, or all of it). */
export function answerText(def: Exercise, value: unknown, cell?: CellRef): string {
  if (value === undefined || value === null) return "";
  return kindOf(def).answerText(def, value, cell);
}

/**
 * The key under which near-identical answers are grouped: full-width and half-width forms unified,
 * case, spaces and punctuation ignored — "真诚到永远！" and "真诚 到永远" land together.
 */
export function normaliseAnswer(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, "");
}

export type AnswerGroup<T> = { key: string; text: string; members: T[] };

/** Groups items by their normalised answer, biggest group first; empty answers last. */
export function groupAnswers<T>(items: T[], textOf: (item: T) => string): AnswerGroup<T>[] {
  const groups = new Map<string, AnswerGroup<T>>();
  for (const item of items) {
    const text = textOf(item);
    const key = normaliseAnswer(text);
    const group = groups.get(key) ?? { key, text, members: [] };
    group.members.push(item);
    groups.set(key, group);
  }
  const biggestFirst = (a: AnswerGroup<T>, b: AnswerGroup<T>) =>
    a.key === "" ? 1 : b.key === "" ? -1 : b.members.length - a.members.length;
  return [...groups.values()].sort(biggestFirst);
}

/** The filled cells of a table answer, labelled "row label · column", for per-cell comments. */
export function filledCells(def: Exercise, value: unknown): TableCell[] {
  return tableCells(def, value).filter((c) => c.answer !== "");
}

/** Every cell of a table answer, empty ones too (a teacher may comment “这一格要填”); none for other kinds. */
export function tableCells(def: Exercise, value: unknown): TableCell[] {
  // A stored answer to a table has passed the table's answer schema (or is missing).
  return def.kind === "table" ? table.cells(def, (value ?? undefined) as TableAnswer | undefined) : [];
}

export type ChangedPart = { label: string; before: string; after: string };

/** What changed between two versions: the changed cells of a table, or the whole answer of other kinds. */
export function changedParts(def: Exercise, before: unknown, after: unknown): ChangedPart[] {
  if (def.kind === "table") {
    const old = new Map(tableCells(def, before).map((c) => [c.key, c.answer]));
    const now = tableCells(def, after);
    const keys = new Set([...old.keys(), ...now.map((c) => c.key)]);
    const labels = new Map([...tableCells(def, before), ...now].map((c) => [c.key, c.label]));
    return [...keys].flatMap((key) => {
      const a = old.get(key) ?? "";
      const b = now.find((c) => c.key === key)?.answer ?? "";
      return a === b ? [] : [{ label: labels.get(key) ?? key, before: a, after: b }];
    });
  }
  const a = answerText(def, before);
  const b = answerText(def, after);
  return a === b ? [] : [{ label: "", before: a, after: b }];
}
