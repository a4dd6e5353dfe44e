import Papa from "papaparse";
import type { Exercise } from "@/lib/exercises/definition";
import type { GradebookRow } from "./gradebook";
import { safeCell } from "./safe-cell";

/** The 成绩册 as CSV: UTF-8 with a BOM (so Excel reads the Chinese), formulas neutralised. */
export function gradebookCsv(exercises: Exercise[], rows: GradebookRow[]): string {
  const header = [
    "学号",
    "姓名",
    "状态",
    "迟交",
    ...exercises.map((e) => `${e.title}（${e.points}分）`),
    "总分",
    "提交时间",
  ];
  const body = rows.map((row) => [
    row.username,
    row.name,
    row.status,
    row.late ? "是" : "",
    ...exercises.map((e) => row.scores[e.id] ?? ""),
    row.total ?? "",
    row.submittedAt ? row.submittedAt.toLocaleString("zh-CN", { hour12: false, timeZone: "Asia/Shanghai" }) : "",
  ]);
  return "\uFEFF" + Papa.unparse([header, ...body].map((r) => r.map((v) => safeCell(v as string | number))));
}
