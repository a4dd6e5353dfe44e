/**
 * A spreadsheet cell that cannot run as a formula: text starting with = + - @ (or a tab or
 * carriage return) gets a leading apostrophe, so Excel and WPS show it as plain text.
 */
export function safeCell(value: string | number | null | undefined): string | number {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
