import { HEADER_FIELDS, OBJECTIVE_FIELD_LABELS, type PlanInput } from "./schema";

export type PlanChange = { field: string; before: string; after: string };

const show = (v: unknown) =>
  v === undefined || v === null
    ? ""
    : Array.isArray(v)
      ? v.join("、")
      : typeof v === "object"
        ? JSON.stringify(v)
        : String(v);

/** What changed between two versions of a plan, field by field, in the template's words. */
export function diffPlans(before: PlanInput, after: PlanInput): PlanChange[] {
  const changes: PlanChange[] = [];
  const compare = (field: string, a: unknown, b: unknown) => {
    if (show(a) !== show(b)) changes.push({ field, before: show(a), after: show(b) });
  };
  compare("课题名称", before.title, after.title);
  compare("所属项目", before.unit, after.unit);
  for (const f of HEADER_FIELDS) compare(f.label, before[f.key], after[f.key]);
  compare("教学内容", before.content, after.content);
  for (const k of ["knowledge", "ability", "quality"] as const)
    compare(OBJECTIVE_FIELD_LABELS[k], before.objectives?.[k], after.objectives?.[k]);
  compare("重点", before.keyPoints, after.keyPoints);
  compare("难点", before.difficulties, after.difficulties);
  compare("教法", before.teachingMethods, after.teachingMethods);
  compare("学法", before.learningMethods, after.learningMethods);
  compare("课程思政元素", before.ideology, after.ideology);
  const count = Math.max(before.phases?.length ?? 0, after.phases?.length ?? 0);
  for (let i = 0; i < count; i++) {
    const a = before.phases?.[i];
    const b = after.phases?.[i];
    const name = b?.name || a?.name || `环节 ${i + 1}`;
    if (!a) changes.push({ field: `环节 ${i + 1}`, before: "", after: `新增“${name}”（${b?.minutes ?? 0} 分钟）` });
    else if (!b) changes.push({ field: `环节 ${i + 1}`, before: `“${a.name}”（${a.minutes} 分钟）`, after: "已删除" });
    else {
      compare(`环节 ${i + 1} 名称`, a.name, b.name);
      compare(`环节 ${i + 1}“${name}”时长`, a.minutes, b.minutes);
      compare(`环节 ${i + 1}“${name}”教师活动`, a.teacher, b.teacher);
      compare(`环节 ${i + 1}“${name}”学生活动`, a.student, b.student);
      compare(`环节 ${i + 1}“${name}”对应目标`, a.objectives, b.objectives);
      compare(
        `环节 ${i + 1}“${name}”链接`,
        (a.links ?? []).map((l) => (l.type === "lesson" ? l.lesson + (l.section ? `#${l.section}` : "") : l.exercise)),
        (b.links ?? []).map((l) => (l.type === "lesson" ? l.lesson + (l.section ? `#${l.section}` : "") : l.exercise)),
      );
    }
  }
  compare("作业布置", before.homework, after.homework);
  compare("教学反思", before.reflection, after.reflection);
  return changes;
}
