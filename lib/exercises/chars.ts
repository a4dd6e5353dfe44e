// Lengths as a student counts them: one character per symbol, an emoji or a rare CJK character
// (outside the BMP, two UTF-16 units) included.

export function charCount(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** The first `max` characters of `text`, never splitting a surrogate pair. */
export function firstChars(text: string, max: number): string {
  let out = "";
  let n = 0;
  for (const ch of text) {
    if (n++ >= max) break;
    out += ch;
  }
  return out;
}
