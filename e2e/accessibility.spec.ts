import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./helpers";

// axe-core (WCAG 2 A/AA rules) on the pages students use most: no serious or critical violation,
// at phone width and on a desktop.

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

async function seriousViolations(page: Page) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> } }
    ).axe;
    return (await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "best-practice"] } }))
      .violations;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(", ")}`,
    );
}

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport, bypassCSP: true });

    test("the login page has no serious accessibility violation", async ({ page }) => {
      await page.goto("/login");
      await expect(page.getByRole("button", { name: "登录", exact: true })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test.describe("signed in as a student", () => {
      test.use({ storageState: storageStateFor("s01") });

      for (const lesson of ["haier-case", "sales-stage-skills", "gold-medal-cs", "service-categories"]) {
        test(`the lesson ${lesson} with its worksheet has no serious accessibility violation`, async ({ page }) => {
          await page.goto(`/lessons/${lesson}`);
          await expect(page.getByTestId("worksheet-status")).toBeVisible();
          expect(await seriousViolations(page)).toEqual([]);
        });
      }

      test("the student home has no serious accessibility violation", async ({ page }) => {
        await page.goto("/student");
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        expect(await seriousViolations(page)).toEqual([]);
      });
    });
  });
}
