import { z } from "zod";
import { OBJECTIVE_KINDS } from "@/lib/exercises/definition";
import { planMessages as m } from "@/lib/messages/plans";
import { MARKDOWN_MAX_LENGTH } from "./markdown-limits";

// A lesson plan (教案) in the official table template, as data. Built-in plans live in
// content/plans/*.ts; teachers' own copies are stored as the same JSON in the database.
// Long-text fields are Markdown, rendered safely (never evaluated); the limits that keep them quick
// to render are checked with the plan rules (validate.ts, markdown-limits.ts).

const line = (max: number) => z.string().trim().max(max, m.tooLong(max));
const markdown = z.string().trim().max(MARKDOWN_MAX_LENGTH, m.tooLong(MARKDOWN_MAX_LENGTH));

export const phaseLinkSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("lesson"), lesson: z.string().min(1).max(100), section: z.string().max(100).optional() }),
  z.object({ type: z.literal("exercise"), exercise: z.string().min(1).max(100) }),
]);

export const phaseSchema = z.object({
  name: line(40).min(1, m.phaseNameRequired),
  minutes: z.number().int(m.minutesWhole).min(1, m.minutesPositive).max(600, m.minutesPositive),
  teacher: markdown,
  student: markdown,
  objectives: z.array(z.enum(OBJECTIVE_KINDS)).default([]),
  links: z.array(phaseLinkSchema).max(10).default([]),
});

export const planSchema = z.object({
  title: line(100).min(1, m.required("课题名称")),
  unit: line(100).default(""),
  className: line(60).default(""),
  teacher: line(40).default(""),
  hours: z.number().int(m.hoursWhole).min(1, m.hoursRange).max(40, m.hoursRange),
  date: line(60).default(""),
  place: line(60).default(""),
  form: line(40).default("理实一体化"),
  content: markdown.min(1, m.required("教学内容")),
  objectives: z.object({
    knowledge: markdown.min(1, m.required("知识目标")),
    ability: markdown.min(1, m.required("能力目标")),
    quality: markdown.min(1, m.required("素质目标")),
  }),
  keyPoints: markdown.min(1, m.required("重点")),
  difficulties: markdown.min(1, m.required("难点")),
  teachingMethods: line(200).min(1, m.required("教法")),
  learningMethods: line(200).min(1, m.required("学法")),
  ideology: markdown.min(1, m.required("课程思政元素")),
  phases: z.array(phaseSchema).min(1, m.phasesRequired).max(30),
  homework: markdown.min(1, m.required("作业布置")),
  reflection: markdown.default(""),
});

export type PlanInput = z.input<typeof planSchema>;
export type Plan = z.output<typeof planSchema>;
export type Phase = Plan["phases"][number];
export type PhaseLink = Phase["links"][number];

/** The template's fields in order, with their labels: one list for the page, print and Word. */
export const HEADER_FIELDS = [
  { key: "className", label: "授课班级" },
  { key: "teacher", label: "授课教师" },
  { key: "hours", label: "授课学时" },
  { key: "date", label: "授课时间" },
  { key: "place", label: "授课地点" },
  { key: "form", label: "授课形式" },
] as const;

type HeaderField = (typeof HEADER_FIELDS)[number];

/** The header fields two to a row, as the printed template lays them out. */
export const HEADER_PAIRS: [HeaderField, HeaderField][] = [
  [HEADER_FIELDS[0], HEADER_FIELDS[1]],
  [HEADER_FIELDS[2], HEADER_FIELDS[3]],
  [HEADER_FIELDS[4], HEADER_FIELDS[5]],
];

export const OBJECTIVE_FIELD_LABELS = { knowledge: "知识目标", ability: "能力目标", quality: "素质目标" } as const;
