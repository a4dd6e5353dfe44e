import { Markdown } from "@/components/markdown";
import { HEADER_FIELDS, OBJECTIVE_FIELD_LABELS, type Plan } from "@/lib/plans/schema";
import { PlanLinks } from "./plan-links";

function Block({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="border-t border-slate-200 py-4 first:border-t-0">
      <h2 className="text-sm font-semibold tracking-wide text-brand-800">{title}</h2>
      <div className="mt-1.5 leading-7 text-slate-800">{children}</div>
    </section>
  );
}

/** The plan on screen: the template's fields as stacked sections, readable on a phone. */
export function PlanSections({ plan }: { plan: Plan }) {
  return (
    <div>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-2 rounded-xl border border-slate-200 bg-white p-4 text-sm sm:grid-cols-3">
        {HEADER_FIELDS.map((f) => (
          <div key={f.key}>
            <dt className="text-slate-500">{f.label}</dt>
            <dd className="font-medium text-slate-900">
              {f.key === "hours" ? `${plan.hours} 学时` : plan[f.key] || "—"}
            </dd>
          </div>
        ))}
      </dl>
      <div className="mt-4 rounded-xl border border-slate-200 bg-white px-4">
        <Block title="教学内容">
          <Markdown text={plan.content} />
        </Block>
        <Block title="教学目标">
          <dl className="space-y-2">
            {(["knowledge", "ability", "quality"] as const).map((k) => (
              <div key={k}>
                <dt className="text-sm text-slate-500">{OBJECTIVE_FIELD_LABELS[k]}</dt>
                <dd>
                  <Markdown text={plan.objectives[k]} />
                </dd>
              </div>
            ))}
          </dl>
        </Block>
        <Block title="重点">
          <Markdown text={plan.keyPoints} />
        </Block>
        <Block title="难点">
          <Markdown text={plan.difficulties} />
        </Block>
        <Block title="教学策略">
          <p>教法：{plan.teachingMethods}</p>
          <p>学法：{plan.learningMethods}</p>
        </Block>
        <Block title="课程思政元素">
          <Markdown text={plan.ideology} />
        </Block>
      </div>
      <h2 className="mt-8 text-xl font-semibold">教学过程</h2>
      <ol className="mt-3 space-y-3">
        {plan.phases.map((phase, i) => (
          <li key={i} className="rounded-xl border border-slate-200 bg-white p-4" data-phase={phase.name}>
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 className="text-lg font-semibold">
                {i + 1}. {phase.name}
              </h3>
              <span className="rounded bg-brand-50 px-2 py-0.5 text-sm text-brand-800">{phase.minutes} 分钟</span>
            </div>
            <div className="mt-3 grid gap-4 md:grid-cols-2">
              <div>
                <p className="text-sm font-medium text-slate-500">教师活动</p>
                <Markdown text={phase.teacher} className="mt-1 leading-7" />
              </div>
              <div>
                <p className="text-sm font-medium text-slate-500">学生活动</p>
                <Markdown text={phase.student} className="mt-1 leading-7" />
              </div>
            </div>
            <PlanLinks phase={phase} className="mt-3 border-t border-slate-100 pt-3 text-sm" />
          </li>
        ))}
      </ol>
      <div className="mt-6 rounded-xl border border-slate-200 bg-white px-4">
        <Block title="作业布置">
          <Markdown text={plan.homework} />
        </Block>
        <Block title="教学反思">
          <Markdown text={plan.reflection || "（课后填写）"} className="text-slate-600" />
        </Block>
      </div>
    </div>
  );
}
