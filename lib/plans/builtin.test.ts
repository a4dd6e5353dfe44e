import { describe, expect, it } from "vitest";
import { planInputs } from "@/content/plans";
import { planSchema } from "./schema";
import { planProblems } from "./validate";
import { findExercise } from "@/lib/exercises/registry";
import { readLessonFiles } from "@/lib/exercises/lesson-files";

const slugs = new Set(readLessonFiles().map((l) => l.slug));
const catalogue = { lessonExists: (slug: string) => slugs.has(slug), findExercise };

describe("built-in plans", () => {
  it("are the four the course promises", () => {
    expect(Object.keys(planInputs).sort()).toEqual([
      "task-1-customers-and-service",
      "task-2-ecommerce-cs",
      "task-3-gold-medal-cs",
      "training-online-shop-cs",
    ]);
  });

  for (const [slug, input] of Object.entries(planInputs)) {
    it(`${slug} fills the template and passes the plan rules`, () => {
      const parsed = planSchema.safeParse(input);
      expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([]);
      if (parsed.success) expect(planProblems(parsed.data, catalogue)).toEqual([]);
    });
  }
});
