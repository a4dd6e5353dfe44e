"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { canEditPlan, readablePlans } from "@/lib/access/scopes";
import { action, formAction, notYours } from "@/lib/actions/action";
import { done, refused, type ActionResult } from "@/lib/actions/result";
import { prisma } from "@/lib/db";
import { blankPlan } from "@/lib/plans/blank";
import { findBuiltinPlan } from "@/lib/plans/builtin";
import { siteCatalogue } from "@/lib/plans/catalogue";
import { planSchema, type PlanInput } from "@/lib/plans/schema";
import { planProblems } from "@/lib/plans/validate";

const TEACHERS = ["TEACHER", "ADMIN"] as const;
const planId = z.string().min(1).max(40);

/** A plan the caller may change, with what the action needs of it; anything else is "not yours". */
async function editablePlan(user: { id: string; role: "ADMIN" | "TEACHER" | "STUDENT" }, id: string) {
  const row = await prisma.teacherPlan.findUnique({
    where: { id },
    select: { ownerId: true, version: true, data: true },
  });
  if (!row || !canEditPlan(user, row)) notYours();
  return row;
}

const sourceSchema = z.object({
  source: z.union(
    [z.string().regex(/^builtin:[a-z0-9-]{1,80}$/), z.string().regex(/^plan:[a-z0-9]{1,40}$/), z.literal("blank")],
    { error: "请选择要复制的教案。" },
  ),
});

/** Copies a built-in or readable plan (or starts a blank one) as the caller's own, then opens the editor. */
export const createPlan = formAction(
  action({
    roles: TEACHERS,
    input: sourceSchema,
    run: async ({ source }, user) => {
      let input: PlanInput;
      if (source === "blank") input = blankPlan();
      else if (source.startsWith("builtin:")) {
        const builtin = findBuiltinPlan(source.slice("builtin:".length));
        if (!builtin) notYours();
        input = builtin.plan;
      } else {
        const other = await prisma.teacherPlan.findFirst({
          where: { id: source.slice("plan:".length), ...readablePlans(user) },
          select: { data: true },
        });
        if (!other) notYours();
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
    },
  }),
  (formData) => ({ source: formData.get("source") }),
);

export type SaveResult = ActionResult<{ version: number }>;

const saveSchema = z.object({ id: planId, baseVersion: z.number().int().min(0), plan: z.unknown() }).strict();

/** Saves an edited plan as a new version, if it passes the template rules and nobody saved in between. */
export const savePlan = action({
  roles: TEACHERS,
  input: saveSchema,
  run: async ({ id, baseVersion, plan }, user): Promise<SaveResult> => {
    await editablePlan(user, id);
    const parsed = planSchema.safeParse(plan);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => i.message);
      return refused(`教案还有必填内容没写好：${problems[0]}`, { reason: "invalid", fieldErrors: { plan: problems } });
    }
    const problems = planProblems(parsed.data, siteCatalogue);
    if (problems.length > 0)
      return refused(`教案没有通过检查：${problems[0]}`, { reason: "invalid", fieldErrors: { plan: problems } });

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
    if (saved === null)
      return refused("这份教案在别处刚保存过。请刷新页面，确认最新内容后再改。", { reason: "conflict" });
    revalidatePath(`/teacher/plans/${id}`);
    revalidatePath("/teacher/plans");
    return done(`已保存为第 ${saved} 版。`, { version: saved });
  },
});

/** Makes an earlier version current again, recorded as a new version (nothing is lost). */
export const restorePlanVersion = formAction(
  action({
    roles: TEACHERS,
    input: z.object({ id: planId, version: z.coerce.number().int().min(1) }).strict(),
    run: async ({ id, version }, user) => {
      const row = await editablePlan(user, id);
      const old = await prisma.planVersion.findUnique({
        where: { planId_version: { planId: id, version } },
        select: { data: true },
      });
      if (!old) return refused(`没有第 ${version} 版，请刷新页面。`, { reason: "invalid" });
      const next = row.version + 1;
      const title = (JSON.parse(old.data) as PlanInput).title || "未命名教案";
      await prisma.$transaction([
        prisma.teacherPlan.update({ where: { id }, data: { data: old.data, title, version: next } }),
        prisma.planVersion.create({
          data: { planId: id, version: next, data: old.data, note: `恢复第 ${version} 版` },
        }),
      ]);
      revalidatePath(`/teacher/plans/${id}`);
      redirect(`/teacher/plans/${id}`);
    },
  }),
  (formData) => ({ id: formData.get("id"), version: formData.get("version") }),
);

/** Shares a plan with the school's other teachers (集体备课), or stops sharing it. */
export const setPlanShared = formAction(
  action({
    roles: TEACHERS,
    input: z.object({ id: planId, shared: z.enum(["true", "false"]).transform((v) => v === "true") }).strict(),
    run: async ({ id, shared }, user) => {
      await editablePlan(user, id);
      await prisma.teacherPlan.update({ where: { id }, data: { shared } });
      revalidatePath(`/teacher/plans/${id}`);
      revalidatePath("/teacher/plans");
      return done(shared ? "已共享给同事。" : "已取消共享。");
    },
  }),
  (formData) => ({ id: formData.get("id"), shared: formData.get("shared") }),
);

const reflectionSchema = z
  .object({
    planId: z.string({ error: "请选择一份教案。" }).min(1, "请选择一份教案。").max(40),
    text: z.string().trim().min(1, "反思草稿是空的。").max(5000, "反思草稿最多 5000 字。"),
  })
  .strict();

/**
 * Appends a 教学反思 draft to one of the caller's plans, as a new version they can then edit. The
 * merged plan is checked like any save (the reflection's length limit included) before it is written.
 */
export const appendPlanReflection = formAction(
  action({
    roles: TEACHERS,
    input: reflectionSchema,
    run: async ({ planId: id, text }, user) => {
      const row = await editablePlan(user, id);
      const input = JSON.parse(row.data) as PlanInput;
      const merged = { ...input, reflection: [input.reflection?.trim(), text].filter(Boolean).join("\n\n") };
      const checked = planSchema.safeParse(merged);
      const tooLong = checked.success ? null : checked.error.issues.find((i) => i.path[0] === "reflection");
      if (tooLong)
        return refused(`加入后“教学反思”太长了：${tooLong.message}请先在编辑页删减原有的反思。`, { reason: "invalid" });
      const data = JSON.stringify(merged);
      const next = row.version + 1;
      await prisma.$transaction([
        prisma.teacherPlan.update({ where: { id }, data: { data, version: next } }),
        prisma.planVersion.create({ data: { planId: id, version: next, data, note: "加入教学反思草稿" } }),
      ]);
      revalidatePath(`/teacher/plans/${id}`);
      return done(`已加入教案的“教学反思”（第 ${next} 版），可以在编辑页继续修改。`);
    },
  }),
  (formData) => ({ planId: formData.get("planId"), text: formData.get("text") }),
);
