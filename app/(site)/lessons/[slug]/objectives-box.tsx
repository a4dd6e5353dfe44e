import type { Objectives } from "contentlayer/generated";

const GROUPS = [
  { key: "knowledge", label: "知识目标" },
  { key: "ability", label: "能力目标" },
  { key: "quality", label: "素质目标" },
] as const;

export function ObjectivesBox({ objectives }: { objectives: Objectives }) {
  return (
    <section aria-labelledby="objectives" className="mt-6 rounded-xl border border-brand-100 bg-white p-5">
      <h2 id="objectives" className="font-semibold text-brand-800">
        学习目标
      </h2>
      <dl className="mt-3 grid gap-4 sm:grid-cols-3">
        {GROUPS.map((group) => (
          <div key={group.key}>
            <dt className="text-sm font-medium text-slate-500">{group.label}</dt>
            <dd>
              <ul className="mt-1 list-disc space-y-1 pl-5 text-sm leading-6 text-slate-800">
                {objectives[group.key].map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
