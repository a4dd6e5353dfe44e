import { z } from "zod";
import { exerciseMessages as m } from "@/lib/messages/exercises";
import { KIND_FACTS } from "../labels";
import { CELL_KEY, cellKey, parseCellKey } from "./cell-key";
import { baseFields, chars, id, teacherMarking, text } from "./shared";
import type { KindModule } from "./types";

// A worksheet table (表1-1 …): students fill cells; the teacher scores it and may comment on cells.

export const tableColumnSchema = z.object({
  key: id,
  label: text,
  type: z.enum(["text", "number", "select"]).default("text"),
  options: z.array(text).optional(),
  maxLength: z.number().int().min(1).max(2000).default(300),
  placeholder: z.string().optional(),
});

export const tableExerciseSchema = z
  .object({
    ...baseFields,
    kind: z.literal("table"),
    caption: text,
    columns: z.array(tableColumnSchema).min(1).max(8),
    rows: z.discriminatedUnion("mode", [
      // Fixed rows: the first column shows the label, students fill the other columns.
      z.object({ mode: z.literal("fixed"), header: text, labels: z.array(text).min(1).max(30) }),
      // Addable rows: numbered 1, 2, 3…; students add or remove rows within min..max.
      z.object({
        mode: z.literal("addable"),
        numberHeader: text.default("序号"),
        min: z.number().int().min(1),
        max: z.number().int().max(50),
        initial: z.number().int().min(1),
      }),
    ]),
    /** Reference answer or keywords per row label (or row number) and column, for the teacher. */
    reference: z.record(z.string(), z.record(z.string(), z.string())).optional(),
  })
  .refine(
    (t) => t.columns.every((c) => c.type !== "select" || (c.options?.length ?? 0) > 0),
    "select columns need options",
  )
  .refine(
    (t) => t.rows.mode === "fixed" || (t.rows.min <= t.rows.initial && t.rows.initial <= t.rows.max),
    "min ≤ initial ≤ max",
  );

type TableExercise = z.output<typeof tableExerciseSchema>;
type TableColumn = TableExercise["columns"][number];

// Number boxes are saved as typed (a stray space, "1。2", even "三十二"): the widget points at a box
// that is not a number yet, and nothing here grades them.
function cellSchema(column: TableColumn) {
  if (column.type === "number") return z.string().max(32, m.numberTooLong(column.label));
  const s = chars(column.maxLength, m.cellTooLong(column.label, column.maxLength));
  const options = column.options ?? [];
  if (column.type === "select") return s.refine((v) => v === "" || options.includes(v), m.notAnOption(column.label));
  return s;
}

function answerSchema(def: TableExercise) {
  const row = z.object(Object.fromEntries(def.columns.map((c) => [c.key, cellSchema(c).default("")]))).strict();
  const count =
    def.rows.mode === "fixed"
      ? { min: def.rows.labels.length, max: def.rows.labels.length }
      : { min: def.rows.min, max: def.rows.max };
  const rows = z.array(row).min(count.min, m.tooFewRows(count.min)).max(count.max, m.tooManyRows(count.max));
  return z.object({ rows }).strict();
}

export type TableAnswer = z.output<ReturnType<typeof answerSchema>>;

/** A cell as the teacher sees it: its key, "row label · column", and the text in it. */
export type TableCell = { key: string; label: string; answer: string };

/** Every cell of a table answer, empty ones too (a teacher may comment “这一格要填”). */
function cells(def: TableExercise, answer: TableAnswer | undefined): TableCell[] {
  const rows = answer?.rows ?? [];
  const count = def.rows.mode === "fixed" ? def.rows.labels.length : rows.length;
  const rowLabel = (r: number) =>
    def.rows.mode === "fixed" ? (def.rows.labels[r] ?? `第 ${r + 1} 行`) : `第 ${r + 1} 行`;
  return Array.from({ length: count }, (_, r) =>
    def.columns.map((c) => ({
      key: cellKey(r, c.key),
      label: `${rowLabel(r)} · ${c.label}`,
      answer: (rows[r]?.[c.key] ?? "").trim(),
    })),
  ).flat();
}

/** What only a table has: its cells, and the keys that name them. */
type TableFacets = {
  cells: typeof cells;
  cellKey: typeof cellKey;
  parseCellKey: typeof parseCellKey;
  cellKeySchema: z.ZodType<string>;
};

export const table = {
  kind: "table",
  label: KIND_FACTS.table.label,
  autoGraded: KIND_FACTS.table.autoGraded,
  definition: tableExerciseSchema,
  answerSchema,
  emptyAnswer(def) {
    const count = def.rows.mode === "fixed" ? def.rows.labels.length : def.rows.initial;
    return { rows: Array.from({ length: count }, () => Object.fromEntries(def.columns.map((c) => [c.key, ""]))) };
  },
  mark: teacherMarking,
  answerText(def, answer, cell) {
    const rows = answer.rows ?? [];
    if (cell) return rows[cell.row]?.[cell.column] ?? "";
    return rows.map((r) => def.columns.map((c) => r[c.key] ?? "").join(" / ")).join("\n");
  },
  toPublic(def) {
    const { reference: _reference, ...rest } = def;
    return rest;
  },
  cells,
  cellKey,
  parseCellKey,
  /** A cell key as a request may carry it ("0:content"). */
  cellKeySchema: z.string().regex(CELL_KEY),
} satisfies KindModule<"table", TableAnswer> & TableFacets;
