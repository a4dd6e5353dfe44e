import { RateBars } from "@/components/charts/rate-bars";
import { CopyList } from "./copy-list";
import { OBJECTIVE_KINDS, OBJECTIVE_LABELS } from "@/lib/exercises/definition";
import type { ExerciseProgress, MissedCell } from "@/lib/work/progress";
import type { ObjectiveKind } from "@/lib/exercises/definition";

/** Where the class stands: who is behind, the weakest exercises, and 知识/能力/素质 attainment. */
export function ProgressPanel({
  behind,
  exercises,
  objectives,
  missed,
}: {
  behind: { name: string; username: string; status: string }[];
  exercises: ExerciseProgress[];
  objectives: Record<ObjectiveKind, number | null>;
  missed: MissedCell[];
}) {
  return (
    <section aria-labelledby="progress-heading" className="mt-6 grid gap-4 lg:grid-cols-3">
      <h2 id="progress-heading" className="sr-only">
        班级情况
      </h2>
      <div className="rounded-xl border border-slate-200 bg-white p-4">
        <h3 className="font-semibold">还没交的同学（{behind.length}）</h3>
        {behind.length ? (
          <ul className="mt-2 flex flex-wrap gap-2 text-sm" data-testid="behind">
            {behind.map((b) => (
              <li key={b.username} className="rounded bg-amber-50 px-2 py-0.5 text-amber-900">
                {b.name}（{b.username}）· {b.status}
              </li>
            ))}
          </ul>
        ) : null}
        {behind.length ? (
          <div className="mt-2">
            <CopyList
              label="复制名单（催交用）"
              text={behind.map((b) => `${b.username} ${b.name} ${b.status}`).join("\n")}
            />
          </div>
        ) : (
          <p className="mt-2 text-sm text-green-700">全部已交。</p>
        )}
        <h3 className="mt-4 font-semibold">最常空着的格</h3>
        {missed.length ? (
          <ul className="mt-2 space-y-1 text-sm" data-testid="missed-cells">
            {missed.map((m) => (
              <li key={`${m.exercise}-${m.cell}`}>
                {m.exercise} · {m.cell}：
                <span className="text-red-700">
                  {m.empty}/{m.of} 人空着
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-sm text-slate-500">已交的作业里没有空格。</p>
        )}
      </div>
      <div className="rounded-xl border border-slate-200 bg-white p-4">
        <h3 className="font-semibold">各题得分率（最弱在前）</h3>
        <div className="mt-2">
          <RateBars
            caption="各题得分率"
            data={exercises.map((e) => ({
              label: e.title,
              rate: e.rate,
              detail: e.average === null ? "未批改" : `均分 ${e.average}，${e.scored} 人已批改`,
            }))}
          />
        </div>
      </div>
      <div className="rounded-xl border border-slate-200 bg-white p-4">
        <h3 className="font-semibold">目标达成度</h3>
        <div className="mt-2" data-testid="objective-attainment">
          <RateBars
            caption="知识、能力、素质目标达成度"
            data={OBJECTIVE_KINDS.map((k) => ({
              label: `${OBJECTIVE_LABELS[k]}目标`,
              rate: objectives[k],
              detail: objectives[k] === null ? "暂无分数" : "按已批改的练习计算",
            }))}
          />
        </div>
      </div>
    </section>
  );
}
