import type { ChatAnswer, ChoiceAnswer, ClassifyAnswer, NumericAnswer, OrderAnswer, ProjectAnswer, TableAnswer, TypingAnswer } from "./answers";
import type { Exercise } from "./definition";
import { measureTyping } from "./grading";

/** A table cell: row index and column key. */
export type CellRef = { row: number; column: string };

/** A student's answer as plain text, for comparing answers across a class (one cell, or all of it). */
export function answerText(def: Exercise, value: unknown, cell?: CellRef): string {
  if (value === undefined || value === null) return "";
  switch (def.kind) {
    case "table": {
      const rows = (value as TableAnswer).rows ?? [];
      if (cell) return rows[cell.row]?.[cell.column] ?? "";
      return rows.map((r) => def.columns.map((c) => r[c.key] ?? "").join(" / ")).join("\n");
    }
    case "choice": {
      const a = value as ChoiceAnswer;
      return def.questions.map((q, i) => `${i + 1}. ${(a[q.id] ?? []).map((id) => q.options.find((o) => o.id === id)?.text ?? id).join("、") || "未答"}`).join("\n");
    }
    case "classify": {
      const a = value as ClassifyAnswer;
      return def.items.map((item) => `${item.text} → ${def.buckets.find((b) => b.id === a[item.id])?.label ?? "未分类"}`).join("\n");
    }
    case "order": {
      const text = new Map(def.steps.map((s) => [s.id, s.text]));
      return (value as OrderAnswer).map((id, i) => `${i + 1}. ${text.get(id) ?? id}`).join("\n");
    }
    case "numeric": {
      const a = value as NumericAnswer;
      return def.questions.map((q, i) => `${i + 1}. ${a[q.id] ?? ""}`).join("\n");
    }
    case "chat":
      return (value as ChatAnswer).replies.map((r, i) => `${i + 1}. ${r}`).join("\n");
    case "typing": {
      const r = measureTyping(def.passage, value as TypingAnswer);
      return `${r.cpm} 字/分钟，正确率 ${Math.round(r.accuracy * 100)}%`;
    }
    case "project": {
      const a = value as ProjectAnswer;
      return def.sections.map((s) => `【${s.title}】${a[s.id] ?? ""}`).join("\n");
    }
  }
}

/**
 * The key under which near-identical answers are grouped: full-width and half-width forms unified,
 * case, spaces and punctuation ignored — "真诚到永远！" and "真诚 到永远" land together.
 */
export function normaliseAnswer(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[\s\p{P}\p{S}]/gu, "");
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
  return [...groups.values()].sort((a, b) => (a.key === "" ? 1 : b.key === "" ? -1 : b.members.length - a.members.length));
}

/** The filled cells of a table answer, labelled "row label · column", for per-cell comments. */
export function filledCells(def: Exercise, value: unknown): { key: string; label: string; answer: string }[] {
  return tableCells(def, value).filter((c) => c.answer !== "");
}

/** Every cell of a table answer, empty ones too (a teacher may comment “这一格要填”). */
export function tableCells(def: Exercise, value: unknown): { key: string; label: string; answer: string }[] {
  if (def.kind !== "table") return [];
  const rows = (value as TableAnswer | undefined)?.rows ?? [];
  const count = def.rows.mode === "fixed" ? def.rows.labels.length : rows.length;
  return Array.from({ length: count }, (_, r) =>
    def.columns.map((c) => {
      const rowLabel = def.rows.mode === "fixed" ? (def.rows.labels[r] ?? `第 ${r + 1} 行`) : `第 ${r + 1} 行`;
      return { key: `${r}:${c.key}`, label: `${rowLabel} · ${c.label}`, answer: (rows[r]?.[c.key] ?? "").trim() };
    }),
  ).flat();
}

/** What changed between two versions: the changed cells of a table, or the whole answer of other kinds. */
export function changedParts(def: Exercise, before: unknown, after: unknown): { label: string; before: string; after: string }[] {
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
