import { strFromU8, unzipSync } from "fflate";
import { expect, test } from "@playwright/test";

const PLAN = "/plans/task-1-customers-and-service";

test("the four built-in plans are listed and each passes the template rules", async ({ page }) => {
  await page.goto("/plans");
  const links = page.getByRole("main").getByRole("link");
  await expect(links).toHaveCount(4);
  for (const href of [
    "task-1-customers-and-service",
    "task-2-ecommerce-cs",
    "task-3-gold-medal-cs",
    "training-online-shop-cs",
  ]) {
    await page.goto(`/plans/${href}`);
    await expect(page.getByRole("status").filter({ hasText: "教案检查通过" })).toBeVisible();
  }
  await expect(page.getByRole("heading", { level: 1 })).toContainText("实训");
});

test("a plan shows every template field and links its phases to the lessons", async ({ page }) => {
  await page.goto(PLAN);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("任务一 初识客户和客户服务");
  for (const field of [
    "授课班级",
    "授课学时",
    "教学内容",
    "知识目标",
    "能力目标",
    "素质目标",
    "重点",
    "难点",
    "课程思政元素",
    "作业布置",
    "教学反思",
  ]) {
    await expect(page.getByText(field, { exact: true }).first()).toBeVisible();
  }
  const practice = page.locator("[data-phase='学生实践']");
  await expect(practice).toContainText("40 分钟");
  await practice
    .getByRole("link", { name: /练习：/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/lessons\/haier-case#exercise-haier-t1-1/);
});

test("the Word download is a real .docx with the template fields", async ({ page, request }) => {
  await page.goto(PLAN);
  const href = await page.getByRole("link", { name: "下载 Word" }).getAttribute("href");
  expect(href).toContain("docx");
  const response = await request.get(href ?? "");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("wordprocessingml");
  const files = unzipSync(new Uint8Array(await response.body()));
  const text = strFromU8(files["word/document.xml"] ?? new Uint8Array()).replace(/<[^>]+>/g, "");
  for (const field of [
    "课题名称",
    "授课班级",
    "授课教师",
    "授课学时",
    "教学内容",
    "知识目标",
    "重点",
    "难点",
    "教法",
    "学法",
    "课程思政元素",
    "教学环节",
    "作业布置",
    "教学反思",
  ]) {
    expect(text).toContain(field);
  }
  expect(text).toContain("任务一 初识客户和客户服务");
});

test("the print view is the bordered table without the site's header", async ({ page }) => {
  await page.goto(`${PLAN}/print`);
  await expect(page.getByRole("navigation", { name: "主导航" })).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("教案");
  const table = page.locator("table.plan-table");
  await expect(table).toContainText("课题名称");
  await expect(table.locator("[data-phase]")).toHaveCount(5);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "打印" })).toBeHidden();
});

test("classroom mode walks through the phases with a countdown and ends with the time used", async ({ page }) => {
  await page.goto(`${PLAN}/present`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("导入");
  await expect(page.getByTestId("countdown")).toHaveText("05:00");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("新课讲授");
  await expect(page.getByTestId("countdown")).toHaveText("40:00");
  await page.getByRole("button", { name: "开始计时" }).click();
  await expect(page.getByTestId("countdown")).toHaveText(/39:5\d/, { timeout: 5_000 });
  await page.getByRole("button", { name: "暂停计时" }).click();
  await expect(page.getByRole("link", { name: /打开《客户与客户服务》/ }).first()).toBeVisible();
  for (let i = 0; i < 4; i++) await page.getByRole("button", { name: /下一环节|结束并统计/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("用时统计");
  await expect(page.getByTestId("time-summary")).toContainText("计划 90:00");
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("作业布置");
});
