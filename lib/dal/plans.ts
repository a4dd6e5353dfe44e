import "server-only";
import { prisma } from "@/lib/db";
import { planSchema, type Plan, type PlanInput } from "@/lib/plans/schema";
import { canEditPlan, readablePlans } from "@/lib/access/scopes";
import { userWithRoleOr404 } from "./session";

// Teachers' own plans. A teacher sees their own plans and the plans colleagues shared;
// only the owner (or an admin) may change one.

const summary = {
  id: true,
  title: true,
  version: true,
  shared: true,
  updatedAt: true,
  owner: { select: { name: true } },
} as const;

/** The signed-in teacher's plans and the ones other teachers share with the school. */
export async function listTeacherPlans() {
  const user = await userWithRoleOr404(["TEACHER", "ADMIN"]);
  const [mine, shared] = await Promise.all([
    prisma.teacherPlan.findMany({ where: { ownerId: user.id }, orderBy: { updatedAt: "desc" }, select: summary }),
    prisma.teacherPlan.findMany({
      where: { shared: true, ownerId: { not: user.id } },
      orderBy: { updatedAt: "desc" },
      select: summary,
    }),
  ]);
  return { mine, shared };
}

export type LoadedPlan = {
  id: string;
  title: string;
  version: number;
  shared: boolean;
  ownerName: string;
  canEdit: boolean;
  input: PlanInput;
  /** The plan when it satisfies the schema; a half-written draft is null. */
  plan: Plan | null;
};

/** One plan, if the signed-in teacher owns it, it is shared, or they are an admin; else null. */
export async function getTeacherPlan(id: string): Promise<LoadedPlan | null> {
  const user = await userWithRoleOr404(["TEACHER", "ADMIN"]);
  const row = await prisma.teacherPlan.findFirst({
    where: { id, ...readablePlans(user) },
    select: {
      id: true,
      title: true,
      version: true,
      shared: true,
      ownerId: true,
      data: true,
      owner: { select: { name: true } },
    },
  });
  if (!row) return null;
  const input = JSON.parse(row.data) as PlanInput;
  const parsed = planSchema.safeParse(input);
  return {
    id: row.id,
    title: row.title,
    version: row.version,
    shared: row.shared,
    ownerName: row.owner.name,
    canEdit: canEditPlan(user, row),
    input,
    plan: parsed.success ? parsed.data : null,
  };
}

/** The saved versions of a plan the signed-in teacher may edit, newest first. */
export async function listPlanVersions(id: string) {
  const user = await userWithRoleOr404(["TEACHER", "ADMIN"]);
  const plan = await prisma.teacherPlan.findFirst({ where: { id }, select: { ownerId: true } });
  if (!plan || !canEditPlan(user, plan)) return null;
  const versions = await prisma.planVersion.findMany({
    where: { planId: id },
    orderBy: { version: "desc" },
    select: { version: true, data: true, note: true, createdAt: true },
  });
  return versions.map((v) => ({ ...v, input: JSON.parse(v.data) as PlanInput }));
}
