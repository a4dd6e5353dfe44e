import { expect, test } from "@playwright/test";
import { createSignedInAccount, login, storageStateFor } from "./helpers";

test.describe("the teacher's view of submitted work", () => {
  test.use({ storageState: storageStateFor("teacher") });

  test("lists the demo class's submissions and shows one read-only, with reference answers", async ({ page }) => {
    await page.goto("/teacher");
    const recent = page.getByRole("region", { name: "最近提交" });
    await expect(recent).toContainText("陈子轩");
    await expect(recent).toContainText("刘欣怡");
    await recent.getByRole("link", { name: /陈子轩/ }).click();
    await expect(page).toHaveURL(/\/teacher\/submissions\//);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("陈子轩（s04）");
    const t11 = page.locator("[data-exercise='haier-t1-1']");
    await expect(t11.getByLabel("服务理念 · 查到的内容")).toHaveValue("真诚到永远");
    await expect(t11.getByLabel("服务理念 · 查到的内容")).toBeDisabled();
    await t11.getByText("参考答案（仅教师可见）").click();
    await expect(t11).toContainText("海尔智家");
  });
});

test("a teacher of another class cannot open those submissions", async ({ browser }) => {
  const teacherView = await browser.newContext({ storageState: storageStateFor("teacher") });
  const page = await teacherView.newPage();
  await page.goto("/teacher");
  const href = await page.getByRole("region", { name: "最近提交" }).getByRole("link").first().getAttribute("href");
  expect(href).toBeTruthy();
  await teacherView.close();

  const { context, page: other } = await createSignedInAccount(browser, {
    username: "t2026other",
    name: "别班老师",
    role: "教师",
  });
  await other.goto("/teacher");
  await expect(other.getByRole("region", { name: "最近提交" })).toContainText("学生还没有提交作业");
  const response = await other.goto(href ?? "/");
  expect(response?.status()).toBe(404);
  await expect(other.getByText("陈子轩")).toHaveCount(0);
  await context.close();
});

test("a student cannot open a submission page", async ({ browser }) => {
  const student = await browser.newContext({ storageState: storageStateFor("s01") });
  const page = await student.newPage();
  const response = await page.goto("/teacher/submissions/anything");
  expect(response?.status()).toBe(404);
  await student.close();
});

test("grading in progress survives J / K, a reload, an expired session and a save while offline", async ({
  browser,
}) => {
  const context = await browser.newContext({ storageState: storageStateFor("teacher") });
  const page = await context.newPage();
  await page.goto("/teacher");
  await page
    .getByRole("region", { name: "最近提交" })
    .getByRole("link", { name: /刘欣怡/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("刘欣怡");
  const reviewUrl = page.url();
  const score = page.getByLabel("“STEP1 走进海尔集团官网服务”的得分");
  const comment = page.getByLabel("“STEP1 走进海尔集团官网服务”的评语");
  await score.fill("7");
  await comment.fill("热线号码要写全。");

  // K (s05 is the last of the class, so back to s04) with unsaved scores warns first instead of leaving.
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("k");
  await expect(page.getByTestId("leave-warning")).toContainText("还没保存");
  await expect(page).toHaveURL(reviewUrl);

  // A reload brings the typed scores back from this browser.
  page.once("dialog", (d) => void d.accept());
  await page.reload();
  await expect(page.getByTestId("review-draft-restored")).toBeVisible();
  await expect(score).toHaveValue("7");
  await expect(comment).toHaveValue("热线号码要写全。");

  // The session expires mid-review: the save is refused with a way out, the scores stay, and
  // after signing in again (in another tab) the same press saves them.
  await context.clearCookies();
  await page.getByRole("button", { name: "退回修改" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "登录已过期" })).toBeVisible();
  await expect(score).toHaveValue("7");
  const again = await context.newPage();
  await login(again, "teacher");
  await expect(again).toHaveURL(/\/teacher/);
  await again.close();
  await page.getByRole("button", { name: "退回修改" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已退回" })).toBeVisible();

  // A save that cannot reach the server keeps them too, says so, and goes through once the network is back.
  await context.setOffline(true);
  await page.getByRole("button", { name: "退回修改" }).click();
  await expect(page.getByTestId("review-retrying")).toContainText("没有连上服务器，批改还没有保存");
  await expect(score).toHaveValue("7");
  await context.setOffline(false);
  await expect(page.getByRole("status").filter({ hasText: "已退回" })).toBeVisible({ timeout: 20_000 });
  await page.reload();
  await expect(score).toHaveValue("7");
  await expect(comment).toHaveValue("热线号码要写全。");
  await context.close();
});
