// <input type="datetime-local"> has no time zone: it shows and takes the browser's local time.
// These convert between it and the instants the server stores (ISO strings with an offset).

/** "2026-12-08T18:00" in the browser's time zone, for an input's defaultValue. */
export function toLocalInput(iso: string | null): string {
  if (!iso) return "";
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Replaces the named datetime-local fields of a form with the instants the teacher meant. */
export function localFieldsToIso(form: FormData, keys: readonly string[]): FormData {
  for (const key of keys) {
    const local = String(form.get(key) ?? "");
    form.set(key, local ? new Date(local).toISOString() : "");
  }
  return form;
}
