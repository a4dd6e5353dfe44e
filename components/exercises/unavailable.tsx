/** Shown for a kind whose widget this version does not have yet. */
export function Unavailable() {
  return <p className="rounded-md bg-slate-50 p-4 text-sm text-slate-600">这种练习暂时只能在课堂上完成。</p>;
}
