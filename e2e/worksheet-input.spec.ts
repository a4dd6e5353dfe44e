import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./helpers";

// What a student types is saved as typed and never cut off silently: a paste past a cell's limit
// is kept beside the cell, emoji count as one character, and a number box that does not hold a
// number yet is saved and pointed at instead of blocking the whole exercise.

test.use({ storageState: storageStateFor("s01") });

const exercise = (page: Page, id: string) => page.locator(`[data-exercise='${id}']`);

async function serverAnswer(page: Page, lesson: string, id: string) {
  const response = await page.request.get(`/api/work/${lesson}`);
  return ((await response.json()) as { answers: Record<string, { value: unknown }> }).answers[id]?.value;
}

test("a paste past a cell's limit keeps what fits and shows the rest beside the cell", async ({ page }) => {
  await page.goto("/lessons/haier-case");
  const t13 = exercise(page, "haier-t1-3");
  const cell = t13.getByLabel("1 · 案例分析", { exact: true });
  await expect(cell).toBeEditable();
  const pasted = "好".repeat(590) + "这十个字会多出来了吗";
  await cell.fill(pasted + "超出的二十个字在这里一二三四五六七八九十");
  await expect(cell).toHaveValue(pasted);
  const overflow = t13.getByTestId("cell-overflow");
  await expect(overflow).toContainText("多出的 20 个字");
  await expect(overflow.getByLabel("没放进格子的部分")).toHaveValue("超出的二十个字在这里一二三四五六七八九十");
  await expect(t13.getByTestId("entry-status")).toHaveText("已保存");
  expect(
    ((await serverAnswer(page, "haier-case", "haier-t1-3")) as { rows: { analysis: string }[] }).rows[0]?.analysis,
  ).toBe(pasted);
});

test("emoji and rare characters count as one character each, up to the full limit", async ({ page }) => {
  await page.goto("/lessons/haier-case");
  const t11 = exercise(page, "haier-t1-1");
  const cell = t11.getByLabel("个人用户自助服务 · 查到的内容", { exact: true });
  await expect(cell).toBeEditable();
  await cell.fill("😀".repeat(299) + "𠀀");
  await expect(t11).toContainText("300/300 字");
  await expect(t11.getByTestId("cell-overflow")).toHaveCount(0);
  await expect(t11.getByTestId("entry-status")).toHaveText("已保存");
});

test("a number box keeps 1。2 and 三十二 as typed, saves the rest, and points at the box to fix", async ({ page }) => {
  await page.goto("/lessons/gold-medal-cs");
  const numeric = exercise(page, "gm-kpi-calc");
  const boxes = numeric.getByRole("textbox");
  await expect(boxes.first()).toBeEditable();
  await boxes.nth(0).fill(" 1 0 ");
  await boxes.nth(1).fill("1。2");
  await boxes.nth(2).fill("三十二");
  await expect(numeric.getByTestId("entry-status")).toHaveText("已保存");
  await expect(numeric.getByTestId("number-fix")).toHaveCount(1);
  await expect(boxes.nth(2)).toHaveAttribute("aria-invalid", "true");
  await page.reload();
  await expect(boxes.nth(1)).toHaveValue("1。2");
  await expect(boxes.nth(2)).toHaveValue("三十二");
  await numeric.getByRole("button", { name: "检查答案" }).click();
  // " 1 0 " is read as 10, the right answer to the first question.
  await expect(numeric.getByTestId("check-result")).not.toContainText("答对 0 /");
  await expect(numeric.locator("ol > li").first()).toContainText("✓ 正确");
});

test("on a desktop, table columns keep their width while a student types", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/lessons/haier-case");
  const t12 = exercise(page, "haier-t1-2");
  const question = t12.getByLabel("维修服务 · 你咨询的问题", { exact: true });
  await expect(question).toBeEditable();
  const widths = () =>
    t12.locator("thead th").evaluateAll((cells) => cells.map((c) => Math.round(c.getBoundingClientRect().width)));
  const before = await widths();
  await question.fill("洗衣机不脱水了，上门维修要多久能到？需要先付上门费吗？保修期内是不是免费？".repeat(3));
  expect(await widths()).toEqual(before);
});
