"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { canEditPlan } from "@/lib/dal/plans";
import { sessionWithRole } from "@/lib/dal/session";
import { prisma } from "@/lib/db";
import { commonMessages } from "@/lib/messages/common";
import { blankPlan } from "@/lib/plans/blank";
import { findBuiltinPlan } from "@/lib/plans/builtin";
import { siteCatalogue } from "@/lib/plans/catalogue";
import { planSchema, type PlanInput } from "@/lib/plans/schema";
import { planProblems } from "@/lib/plans/validate";

const teacher = () => sessionWithRole(["TEACHER", "ADMIN"]);

const sourceSchema = z.union([z.string().regex(/^builtin:[a-z0-9-]{1,80}$/), z.string().regex(/^plan:[a-z0-9]{1,40}$/), z.literal("blank")]);

/** Copies a built-in or shared plan (or starts a blank one) as the caller's own, then opens the editor. */
export async function createPlan(formData: FormData): Promise<void> {
  const user = await teacher();
  if (!user) redirect("/login");
  const parsed = sourceSchema.safeParse(formData.get("source"));
  if (!parsed.success) redirect("/teacher/plans");
  const source = parsed.data;

  let input: PlanInput;
  if (source === "blank") input = blankPlan();
  else if (source.startsWith("builtin:")) {
    const builtin = findBuiltinPlan(source.slice("builtin:".length));
    if (!builtin) redirect("/teacher/plans");
    input = builtin.plan;
  } else {
    const other = await prisma.teacherPlan.findFirst({
      where: { id: source.slice("plan:".length), OR: [{ ownerId: user.id }, { shared: true }] },
      select: { data: true },
    });
    if (!other) redirect("/teacher/plans");
    input = JSON.parse(other.data) as PlanInput;
  }
  const data = JSON.stringify(input);
  const created = await prisma.teacherPlan.create({
    data: {
      ownerId: user.id,
      title: input.title || "未命名教案",
      source: source === "blank" ? null : source,
      data,
      version: 1,
      versions: { create: { version: 1, data, note: source === "blank" ? "新建" : "复制" } },
    },
    select: { id: true },
  });
  revalidatePath("/teacher/plans");
  redirect(`/teacher/plans/${created.id}/edit`);
}

export type SaveResult = ActionResult<{ version: number }> & { problems?: string[] };

const saveSchema = z.object({ id: z.string().min(1).max(40), baseVersion: z.number().int().min(0), plan: z.unknown() }).strict();

/** Saves an edited plan as a new version, if it passes the template rules and nobody saved in between. */
export async function savePlan(request: unknown): Promise<SaveResult> {
  const user = await teacher();
  if (!user) return { ok: false, message: commonMessages.forbidden };
  const parsedRequest = saveSchema.safeParse(request);
  if (!parsedRequest.success) return { ok: false, message: commonMessages.invalidInput };
  const { id, baseVersion } = parsedRequest.data;

  const row = await prisma.teacherPlan.findUnique({ where: { id }, select: { ownerId: true, version: true } });
  if (!row || !canEditPlan(user, row)) return { ok: false, message: commonMessages.forbidden };

  const parsed = planSchema.safeParse(parsedRequest.data.plan);
  if (!parsed.success) {
    return { ok: false, message: "教案还有必填内容没写好，请按提示修改。", problems: parsed.error.issues.map((i) => i.message) };
  }
  const problems = planProblems(parsed.data, siteCatalogue);
  if (problems.length > 0) return { ok: false, message: "教案没有通过检查，请按提示修改后再保存。", problems };

  const data = JSON.stringify(parsed.data);
  const saved = await prisma.$transaction(async (tx) => {
    const updated = await tx.teacherPlan.updateMany({
      where: { id, version: baseVersion },
      data: { data, title: parsed.data.title, version: { increment: 1 } },
    });
    if (updated.count === 0) return null;
    await tx.planVersion.create({ data: { planId: id, version: baseVersion + 1, data } });
    return baseVersion + 1;
  });
  if (saved === null) return { ok: false, message: "这份教案在别处刚保存过。请刷新页面，确认最新内容后再改。" };
  revalidatePath(`/teacher/plans/${id}`);
  revalidatePath("/teacher/plans");
  return { ok: true, message: `已保存为第 ${saved} 版。`, data: { version: saved } };
}

const versionSchema = z.object({ id: z.string().min(1).max(40), version: z.coerce.number().int().min(1) }).strict();

/** Makes an earlier version current again, recorded as a new version (nothing is lost). */
export async function restorePlanVersion(formData: FormData): Promise<void> {
  const user = await teacher();
  if (!user) redirect("/login");
  const parsed = versionSchema.safeParse({ id: formData.get("id"), version: formData.get("version") });
  if (!parsed.success) redirect("/teacher/plans");
  const { id, version } = parsed.data;
  const row = await prisma.teacherPlan.findUnique({ where: { id }, select: { ownerId: true, version: true } });
  if (!row || !canEditPlan(user, row)) redirect("/teacher/plans");
  const old = await prisma.planVersion.findUnique({ where: { planId_version: { planId: id, version } }, select: { data: true } });
  if (!old) redirect(`/teacher/plans/${id}/versions`);
  const next = row.version + 1;
  const title = (JSON.parse(old.data) as PlanInput).title || "未命名教案";
  await prisma.$transaction([
    prisma.teacherPlan.update({ where: { id }, data: { data: old.data, title, version: next } }),
    prisma.planVersion.create({ data: { planId: id, version: next, data: old.data, note: `恢复第 ${version} 版` } }),
  ]);
  revalidatePath(`/teacher/plans/${id}`);
  redirect(`/teacher/plans/${id}`);
}

/** Shares a plan with the school's other teachers (集体备课), or stops sharing it. */
export async function setPlanShared(formData: FormData): Promise<void> {
  const user = await teacher();
  if (!user) redirect("/login");
  const parsed = z.object({ id: z.string().min(1).max(40), shared: z.enum(["true", "false"]) }).safeParse({ id: formData.get("id"), shared: formData.get("shared") });
  if (!parsed.success) redirect("/teacher/plans");
  const row = await prisma.teacherPlan.findUnique({ where: { id: parsed.data.id }, select: { ownerId: true } });
  if (!row || !canEditPlan(user, row)) redirect("/teacher/plans");
  await prisma.teacherPlan.update({ where: { id: parsed.data.id }, data: { shared: parsed.data.shared === "true" } });
  revalidatePath(`/teacher/plans/${parsed.data.id}`);
  revalidatePath("/teacher/plans");
}

const reflectionSchema = z.object({ planId: z.string().min(1).max(40), text: z.string().trim().min(1).max(5000) }).strict();

/** Appends a 教学反思 draft to one of the caller's plans, as a new version they can then edit. */
export async function appendPlanReflection(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await teacher();
  if (!user) return { ok: false, message: commonMessages.forbidden };
  const parsed = reflectionSchema.safeParse({ planId: formData.get("planId"), text: formData.get("text") });
  if (!parsed.success) return { ok: false, message: "请选择一份教案。" };
  const { planId, text } = parsed.data;
  const row = await prisma.teacherPlan.findUnique({ where: { id: planId }, select: { ownerId: true, version: true, data: true } });
  if (!row || !canEditPlan(user, row)) return { ok: false, message: commonMessages.forbidden };
  const input = JSON.parse(row.data) as PlanInput;
  const data = JSON.stringify({ ...input, reflection: [input.reflection?.trim(), text].filter(Boolean).join("\n\n") });
  const next = row.version + 1;
  await prisma.$transaction([
    prisma.teacherPlan.update({ where: { id: planId }, data: { data, version: next } }),
    prisma.planVersion.create({ data: { planId, version: next, data, note: "加入教学反思草稿" } }),
  ]);
  revalidatePath(`/teacher/plans/${planId}`);
  return { ok: true, message: `已加入教案的“教学反思”（第 ${next} 版），可以在编辑页继续修改。` };
}
