/** What a resubmission changed in one exercise, cell by cell, against the version before. */
export function ChangesSincePrevious({
  version,
  changes,
}: {
  version: number;
  changes: { label: string; before: string; after: string }[];
}) {
  if (changes.length === 0) return <p className="mt-3 text-sm text-slate-500">与第 {version} 次提交相同。</p>;
  return (
    <details className="mt-3 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm" open data-testid="changes">
      <summary className="cursor-pointer font-medium text-amber-900">
        与第 {version} 次提交相比有改动{changes[0]?.label ? `（${changes.length} 格）` : ""}
      </summary>
      <ul className="mt-2 space-y-2">
        {changes.map((c) => (
          <li key={c.label} className="grid gap-2 md:grid-cols-2" data-testid="changed-part">
            {c.label ? <p className="font-medium text-slate-800 md:col-span-2">{c.label}</p> : null}
            <div>
              <p className="text-xs text-slate-600">第 {version} 次</p>
              <p className="whitespace-pre-wrap text-red-800">{c.before || "（未作答）"}</p>
            </div>
            <div>
              <p className="text-xs text-slate-600">这一次</p>
              <p className="whitespace-pre-wrap text-green-800">{c.after || "（未作答）"}</p>
            </div>
          </li>
        ))}
      </ul>
    </details>
  );
}
