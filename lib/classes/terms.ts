// 学期: chosen from a list so every class of a term reads the same ("2026—2027 学年第一学期"),
// never typed freely. A Chinese school year starts in September; its second term in February.

function schoolYearStart(now: Date): number {
  // August already belongs to the coming school year (classes are set up before term starts).
  return now.getMonth() >= 7 ? now.getFullYear() : now.getFullYear() - 1;
}

const label = (start: number, second: boolean) => `${start}—${start + 1} 学年${second ? "第二" : "第一"}学期`;

/** The term running now (or about to start). */
export function currentTerm(now: Date): string {
  const month = now.getMonth(); // 0 = January
  return label(schoolYearStart(now), month >= 1 && month <= 6);
}

/** The terms a class may be given: last school year, this one and the next, in order. */
export function termOptions(now: Date): string[] {
  const start = schoolYearStart(now);
  return [start - 1, start, start + 1].flatMap((year) => [label(year, false), label(year, true)]);
}
