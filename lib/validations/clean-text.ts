// Display names arrive from forms, pasted spreadsheets and Excel files, and often carry
// characters nobody meant to type: a NUL or zero-width space copied from a web page, a BOM, a
// line break inside a cell. They make two names that look the same differ, can reverse how a
// name is shown (U+202E), and can hide a formula in an export. So they go on the way in.

/** Line breaks and tabs: between words they become one space. */
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
/** Other control characters (C0, DEL, C1), format characters (zero-width U+200B–U+200F, U+2060, BOM, direction marks and overrides, invisible tags) and broken surrogate halves. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}]/gu;

/** A display name without control or zero-width characters, blanks collapsed to one space and trimmed. */
export function cleanName(text: string): string {
  return text.replace(BREAKS, " ").replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
}
