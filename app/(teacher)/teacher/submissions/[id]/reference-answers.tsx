import type { Exercise } from "@/lib/exercises/definition";

/** The teacher-only reference answers or keywords of a table exercise. */
export function ReferenceAnswers({ exercise }: { exercise: Exercise }) {
  if (exercise.kind !== "table" || !exercise.reference) return null;
  const columns = new Map(exercise.columns.map((c) => [c.key, c.label]));
  return (
    <details className="mt-3 rounded-md border border-slate-200 p-3 text-sm">
      <summary className="cursor-pointer text-slate-700">参考答案（仅教师可见）</summary>
      <dl className="mt-2 space-y-1">
        {Object.entries(exercise.reference).map(([row, cells]) =>
          Object.entries(cells).map(([key, text]) => (
            <div key={`${row}-${key}`} className="flex flex-wrap gap-2">
              <dt className="font-medium text-slate-700">
                {row} · {columns.get(key) ?? key}：
              </dt>
              <dd className="text-slate-600">{text}</dd>
            </div>
          )),
        )}
      </dl>
    </details>
  );
}
