import { planInputs } from "@/content/plans";
import { planSchema, type Plan } from "./schema";

export type BuiltinPlan = { slug: string; plan: Plan };

function parseAll(): BuiltinPlan[] {
  return Object.entries(planInputs).map(([slug, input]) => {
    const parsed = planSchema.safeParse(input);
    if (!parsed.success) {
      throw new Error(
        `Plan ${slug} is invalid: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
      );
    }
    return { slug, plan: parsed.data };
  });
}

/** The built-in plans, validated when the module loads (a bad plan fails the build). */
export const builtinPlans: readonly BuiltinPlan[] = parseAll();

export function findBuiltinPlan(slug: string): BuiltinPlan | undefined {
  return builtinPlans.find((p) => p.slug === slug);
}
