import { expect, test } from "@playwright/test";
import { storageStateFor } from "./helpers";

test.describe("a teacher's own plans", () => {
  test.use({ storageState: storageStateFor("teacher") });

  test("clone a built-in plan, edit it, save versions, see the change and restore", async ({ page }) => {
    await page.goto("/teacher");
    await page.getByRole("link", { name: "我的教案" }).click();
    await expect(page).toHaveURL("/teacher/plans");
    const builtin = page.getByRole("region", { name: "内置教案" });
    await builtin
      .getByRole("listitem")
      .filter({ hasText: "任务一 初识客户和客户服务" })
      .getByRole("button", { name: "复制为我的教案" })
      .click();
    await expect(page).toHaveURL(/\/teacher\/plans\/\w+\/edit/);
    await expect(page.getByTestId("editor-state")).toHaveText("已保存（第 1 版）");

    // Break the minutes: the editor says what is wrong and the save is refused.
    await page.getByLabel("时长（分钟）").first().fill("10");
    await expect(page.getByTestId("minutes-total")).toHaveText("合计 95 / 90 分钟");
    await expect(page.getByTestId("plan-problems")).toContainText("多了 5 分钟");
    await page.getByRole("button", { name: "保存", exact: true }).click();
    await expect(page.locator("form [role=alert]")).toContainText("没有通过检查");

    // Fix it, rename the plan, add a phase link, save.
    await page.getByLabel("时长（分钟）").first().fill("5");
    await page.getByLabel("课题名称").fill("任务一 初识客户和客户服务（23电商1班）");
    await page.getByLabel("环节 4 要链接的课程").selectOption({ label: "客户与客户服务" });
    await page.getByLabel("环节 4 要链接的小节或练习").selectOption({ label: "练习：概念小测" });
    await page.getByRole("button", { name: "添加链接" }).nth(3).click();
    await page.getByRole("button", { name: "保存", exact: true }).click();
    await expect(page.getByTestId("editor-state")).toHaveText("已保存（第 2 版）");

    await page.getByRole("link", { name: "查看教案" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("任务一 初识客户和客户服务（23电商1班）");
    await expect(page.locator("[data-phase='总结归纳']")).toContainText("练习：概念小测");
    await expect(page.getByRole("status").filter({ hasText: "教案检查通过" })).toBeVisible();

    await page.getByRole("link", { name: "历史版本" }).click();
    const first = page.locator("[data-version='1']");
    await first.getByText(/与当前版本相比/).click();
    await expect(first).toContainText("课题名称");
    await expect(first).toContainText("（23电商1班）");
    await first.getByRole("button", { name: "恢复这一版" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("任务一 初识客户和客户服务");
    await expect(page.getByText("第 3 版")).toBeVisible();

    // Print, Word and classroom mode work for the teacher's copy too.
    const docx = await page.request.get(
      (await page.getByRole("link", { name: "下载 Word" }).getAttribute("href")) ?? "",
    );
    expect(docx.status()).toBe(200);
    expect(docx.headers()["content-type"]).toContain("wordprocessingml");
    await page.getByRole("link", { name: "课堂模式" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("导入");
  });

  test("a blank plan cannot be saved until the template is filled in", async ({ page }) => {
    await page.goto("/teacher/plans");
    await page.getByRole("button", { name: "＋ 新建空白教案" }).click();
    await expect(page).toHaveURL(/\/edit$/);
    await expect(page.getByTestId("plan-problems")).toContainText("请填写“课题名称”");
    await page.getByRole("button", { name: "保存", exact: true }).click();
    await expect(page.locator("form [role=alert]")).toContainText("必填内容");
  });
});

test("a teacher's Markdown is rendered inert", async ({ page }) => {
  const context = await page
    .context()
    .browser()!
    .newContext({ storageState: storageStateFor("teacher") });
  const teacher = await context.newPage();
  const dialogs: string[] = [];
  teacher.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await teacher.goto("/teacher/plans");
  await teacher
    .getByRole("region", { name: "内置教案" })
    .getByRole("button", { name: "复制为我的教案" })
    .first()
    .click();
  await expect(teacher).toHaveURL(/\/edit$/);
  await teacher
    .getByLabel("重点")
    .fill(
      "**真重点** [点我](javascript:alert(1)) {process.env.NEXTAUTH_SECRET}\n\n<script>alert('x')</script>\n\n<iframe src=\"/\"></iframe>\n\n<img src=x onerror=alert(1)>",
    );
  await teacher.getByRole("button", { name: "保存", exact: true }).click();
  await expect(teacher.getByTestId("editor-state")).toHaveText(/已保存（第 2 版）/);
  await teacher.getByRole("link", { name: "查看教案" }).click();
  const main = teacher.getByRole("main");
  await expect(main.getByText("真重点")).toBeVisible();
  await expect(main).toContainText("{process.env.NEXTAUTH_SECRET}");
  expect(await main.locator("script, iframe, img, a[href^='javascript']").count()).toBe(0);
  expect(dialogs).toEqual([]);
  await context.close();
});

test("a student cannot open the plan authoring pages", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateFor("s01") });
  const page = await context.newPage();
  expect((await page.goto("/teacher/plans"))?.status()).toBe(404);
  expect((await context.request.get("/api/teacher-plans/anything/docx")).status()).toBe(404);
  await context.close();
});

test("the class's 教学反思 draft can be added to the teacher's own plan", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateFor("teacher") });
  const page = await context.newPage();
  await page.goto("/teacher");
  await page
    .getByRole("region", { name: "23电商1班" })
    .getByRole("link", { name: /海尔案例/ })
    .click();
  const card = page.getByRole("form", { name: "教学反思草稿" });
  await card.getByRole("combobox").selectOption({ index: 0 });
  await card.getByRole("button", { name: "加入教案的教学反思" }).click();
  await expect(card.getByText(/已加入教案的“教学反思”/)).toBeVisible();
  await page.goto("/teacher/plans");
  await page.getByRole("region", { name: "我的教案" }).getByRole("link").first().click();
  await expect(page.getByRole("main")).toContainText("作业已交");
  await context.close();
});
