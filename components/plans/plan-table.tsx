import { Markdown } from "@/components/markdown";
import { HEADER_PAIRS, OBJECTIVE_FIELD_LABELS, type Plan } from "@/lib/plans/schema";
import { PlanLinks } from "./plan-links";

const cell = "border border-slate-800 px-2 py-1.5 align-top";
const label = `${cell} bg-slate-50 text-center align-middle font-semibold print:bg-transparent`;

/**
 * The 表格式 教案 of the official template, on the same five-column grid as the Word file:
 * label | sub-label | value | label | value. Header fields two to a row, objectives and methods
 * with sub-labels, then the phases as rows with their minutes. Rows never break across pages.
 */
export function PlanTable({ plan }: { plan: Plan }) {
  const total = plan.phases.reduce((sum, p) => sum + p.minutes, 0);
  const value = (key: (typeof HEADER_PAIRS)[number][number]["key"]) =>
    key === "hours" ? `${plan.hours} 学时` : String(plan[key]);
  const wide = (title: string, text: string) => (
    <tr className="break-inside-avoid">
      <th scope="row" className={label}>
        {title}
      </th>
      <td className={cell} colSpan={4}>
        <Markdown text={text} />
      </td>
    </tr>
  );
  return (
    <table className="plan-table w-full table-fixed border-collapse text-[13.5px] leading-6 text-slate-900">
      <colgroup>
        <col className="w-[15%]" />
        <col className="w-[12%]" />
        <col />
        <col className="w-[15%]" />
        <col />
      </colgroup>
      <tbody>
        <tr>
          <th scope="row" className={label}>
            课题名称
          </th>
          <td className={cell} colSpan={4}>
            {plan.unit ? <span className="mr-2">{plan.unit}</span> : null}
            <strong>{plan.title}</strong>
          </td>
        </tr>
        {HEADER_PAIRS.map(([a, b]) => (
          <tr key={a.key}>
            <th scope="row" className={label}>
              {a.label}
            </th>
            <td className={cell} colSpan={2} data-field={a.key}>
              {value(a.key)}
            </td>
            <th scope="row" className={label}>
              {b.label}
            </th>
            <td className={cell} data-field={b.key}>
              {value(b.key)}
            </td>
          </tr>
        ))}
        {wide("教学内容", plan.content)}
        {(["knowledge", "ability", "quality"] as const).map((kind, i) => (
          <tr key={kind} className="break-inside-avoid">
            {i === 0 ? (
              <th scope="rowgroup" rowSpan={3} className={label}>
                教学目标
              </th>
            ) : null}
            <th scope="row" className={label}>
              {OBJECTIVE_FIELD_LABELS[kind]}
            </th>
            <td className={cell} colSpan={3}>
              <Markdown text={plan.objectives[kind]} />
            </td>
          </tr>
        ))}
        {wide("重点", plan.keyPoints)}
        {wide("难点", plan.difficulties)}
        <tr>
          <th scope="rowgroup" rowSpan={2} className={label}>
            教学策略
          </th>
          <th scope="row" className={label}>
            教法
          </th>
          <td className={cell} colSpan={3}>
            {plan.teachingMethods}
          </td>
        </tr>
        <tr>
          <th scope="row" className={label}>
            学法
          </th>
          <td className={cell} colSpan={3}>
            {plan.learningMethods}
          </td>
        </tr>
        {wide("课程思政元素", plan.ideology)}
        <tr>
          <th colSpan={5} scope="colgroup" className={label}>
            教学过程及设计（共 {total} 分钟）
          </th>
        </tr>
        <tr>
          <th scope="col" className={label}>
            教学环节
          </th>
          <th scope="col" colSpan={2} className={label}>
            教师活动
          </th>
          <th scope="col" colSpan={2} className={label}>
            学生活动
          </th>
        </tr>
        {plan.phases.map((phase, i) => (
          <tr key={i} className="break-inside-avoid" data-phase={phase.name}>
            <th scope="row" className={label}>
              {phase.name}
              <span className="block font-normal">（{phase.minutes} 分钟）</span>
            </th>
            <td className={cell} colSpan={2}>
              <Markdown text={phase.teacher} />
            </td>
            <td className={cell} colSpan={2}>
              <Markdown text={phase.student} />
              <PlanLinks
                phase={phase}
                className="mt-2 border-t border-dashed border-slate-300 pt-1 text-[12px] print:hidden"
              />
            </td>
          </tr>
        ))}
        {wide("作业布置", plan.homework)}
        <tr className="break-inside-avoid">
          <th scope="row" className={label}>
            教学反思
          </th>
          <td className={`${cell} h-32`} colSpan={4}>
            <Markdown text={plan.reflection} className="text-slate-500" />
          </td>
        </tr>
      </tbody>
    </table>
  );
}
