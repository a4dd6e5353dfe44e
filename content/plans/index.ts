// The built-in lesson plans (教案), keyed by their URL slug. lib/plans/builtin.ts validates them.
import type { PlanInput } from "@/lib/plans/schema";
import { task1Plan } from "./task-1-customers-and-service";
import { task2Plan } from "./task-2-ecommerce-cs";
import { task3Plan } from "./task-3-gold-medal-cs";
import { trainingPlan } from "./training-online-shop-cs";

export const planInputs: Record<string, PlanInput> = {
  "task-1-customers-and-service": task1Plan,
  "task-2-ecommerce-cs": task2Plan,
  "task-3-gold-medal-cs": task3Plan,
  "training-online-shop-cs": trainingPlan,
};
