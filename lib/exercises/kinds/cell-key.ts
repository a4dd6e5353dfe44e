// How one cell of a table answer is named — "row:column", e.g. "0:content" — in the teacher's
// per-cell comments, the class comparison and the widget. No zod here: the table widget uses it.

/** A table cell: row index (from 0) and column key. */
export type CellRef = { row: number; column: string };

/** What a cell key looks like: a row index of one or two digits, a colon, a column key. */
export const CELL_KEY = /^\d{1,2}:[a-z0-9-]{1,40}$/;

export function cellKey(row: number, column: string): string {
  return `${row}:${column}`;
}

/** The cell a key names, or null when it is not a cell key. */
export function parseCellKey(key: string): CellRef | null {
  if (!CELL_KEY.test(key)) return null;
  const at = key.indexOf(":");
  return { row: Number(key.slice(0, at)), column: key.slice(at + 1) };
}
