// A number as a student types it on a Chinese phone keyboard: full-width digits, "。" or "．" as
// the decimal point, full-width minus, thousands commas, spaces and a trailing %. Anything else
// (such as 三十二) is kept as typed but cannot be graded automatically.

export function parseTypedNumber(raw: string | undefined): number | null {
  if (raw == null) return null;
  const normalised = raw
    .replace(/[０-９．]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[。]/g, ".")
    .replace(/[－—]/g, "-")
    .replace(/[,，\s%％]/g, "");
  if (normalised === "" || !/^-?\d*(\.\d*)?$/.test(normalised) || normalised === "-" || normalised === ".") return null;
  const n = Number(normalised);
  return Number.isFinite(n) ? n : null;
}

/** True when the box holds something that is not a number yet (empty is fine). */
export function needsNumberFix(raw: string | undefined): boolean {
  return raw != null && raw.trim() !== "" && parseTypedNumber(raw) === null;
}
