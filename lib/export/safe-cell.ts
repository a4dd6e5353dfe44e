// Characters a spreadsheet may drop or not show before it decides whether a cell is a formula:
// control characters (C0, DEL, C1 — LibreOffice drops a leading NUL), format characters (the
// zero-width U+200B–U+200F, U+2060, U+FEFF and the like) and blanks.
const INVISIBLE_START = /^[\p{Cc}\p{Cf}\p{Z}\s]*/u;
// What starts a formula, in ASCII or full width (＝ ＋ － ＠, which Chinese input methods type).
const FORMULA_START = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * A spreadsheet cell that cannot run as a formula: text whose first visible character is
 * = + - @ (ASCII or full width), or that starts with a tab or carriage return, gets a leading
 * apostrophe, so Excel, WPS and LibreOffice show it as plain text.
 */
export function safeCell(value: string | number | null | undefined): string | number {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return value;
  const hidden = INVISIBLE_START.exec(value)?.[0].length ?? 0;
  return /^[\t\r]/.test(value) || FORMULA_START.test(value.charAt(hidden)) ? `'${value}` : value;
}
