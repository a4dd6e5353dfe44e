import { expect, test, type Page } from "@playwright/test";
import { login, storageStateFor } from "./helpers";

const LESSON = "/lessons/haier-case";
const t11 = (page: Page) => page.locator("[data-exercise='haier-t1-1']");
const cell = (page: Page, label: string) => t11(page).getByLabel(label, { exact: true });

async function openAs(page: Page, username: string) {
  await login(page, username);
  await expect(page).toHaveURL("/student");
  await page.goto(LESSON);
  await expect(cell(page, "服务理念 · 查到的内容")).toBeEditable();
}

test.describe("a student's worksheet", () => {
  test.use({ storageState: storageStateFor("s01") });

  test("fills 表1-1, reloads and finds the answers again", async ({ page }) => {
    await page.goto(LESSON);
    await cell(page, "服务理念 · 查到的内容").fill("真诚到永远");
    await cell(page, "App 名称 · 查到的内容").fill("海尔智家 😀𠀀");
    await expect(t11(page).getByTestId("entry-status")).toHaveText("已保存");
    await page.reload();
    await expect(cell(page, "服务理念 · 查到的内容")).toHaveValue("真诚到永远");
    await expect(cell(page, "App 名称 · 查到的内容")).toHaveValue("海尔智家 😀𠀀");
  });

  test("going offline shows 未保存 and nothing is lost when the network returns", async ({ page, context }) => {
    await page.goto(LESSON);
    await expect(cell(page, "咨询帮助热线 · 查到的内容")).toBeEditable();
    await context.setOffline(true);
    await cell(page, "咨询帮助热线 · 查到的内容").fill("离线时填写的热线");
    await expect(t11(page).getByTestId("entry-status")).toHaveText("未保存（离线）", { timeout: 5_000 });
    await expect(page.getByTestId("worksheet-status")).toContainText("未保存（离线）");
    await context.setOffline(false);
    await expect(t11(page).getByTestId("entry-status")).toHaveText("已保存", { timeout: 10_000 });
    await page.reload();
    await expect(cell(page, "咨询帮助热线 · 查到的内容")).toHaveValue("离线时填写的热线");
  });

  test("Enter moves to the cell below; the counter shows the length limit", async ({ page }) => {
    await page.goto(LESSON);
    await cell(page, "服务项目 · 查到的内容").click();
    await page.keyboard.press("Enter");
    await expect(cell(page, "App 名称 · 查到的内容")).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await expect(cell(page, "服务项目 · 查到的内容")).toBeFocused();
    await expect(t11(page)).toContainText("/300");
  });

  test("表1-3 rows can be added and removed within the limits", async ({ page }) => {
    await page.goto(LESSON);
    const t13 = page.locator("[data-exercise='haier-t1-3']");
    await expect(t13.getByRole("row")).toHaveCount(3); // header + 2
    await t13.getByRole("button", { name: "＋ 添加一行" }).click();
    await t13.getByLabel("3 · 海尔的优秀服务案例").fill("冰箱上门维修的故事");
    await expect(t13.getByTestId("entry-status")).toHaveText("已保存");
    await t13.getByLabel("1 · 海尔的优秀服务案例").fill("第一行写过的内容");
    await t13.getByRole("button", { name: "删除第 1 行" }).click();
    await expect(t13.getByLabel("2 · 海尔的优秀服务案例")).toHaveValue("冰箱上门维修的故事");
    // A row deleted by mistake comes back with 撤销, in its place.
    await t13.getByTestId("row-removed").getByRole("button", { name: "撤销" }).click();
    await expect(t13.getByLabel("1 · 海尔的优秀服务案例")).toHaveValue("第一行写过的内容");
    await expect(t13.getByLabel("3 · 海尔的优秀服务案例")).toHaveValue("冰箱上门维修的故事");
  });
});

test("another tab of the same browser follows a save made in the first", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateFor("s01") });
  const first = await context.newPage();
  await first.goto(LESSON);
  await expect(cell(first, "咨询帮助热线 · 查到的内容")).toBeEditable();
  const second = await context.newPage();
  await second.goto(LESSON);
  await expect(cell(second, "咨询帮助热线 · 查到的内容")).toBeEditable();
  await cell(first, "咨询帮助热线 · 查到的内容").fill("两个窗口都看得到");
  await expect(t11(first).getByTestId("entry-status")).toHaveText("已保存");
  await expect(cell(second, "咨询帮助热线 · 查到的内容")).toHaveValue("两个窗口都看得到");
  await expect(t11(second).getByTestId("entry-status")).toHaveText("已保存");
  await context.close();
});

test("a stale copy on another device gets a conflict message instead of overwriting newer work", async ({
  browser,
}) => {
  const context = await browser.newContext({ storageState: storageStateFor("s01") });
  const first = await context.newPage();
  await first.goto(LESSON);
  await expect(cell(first, "服务理念 · 查到的内容")).toBeEditable();
  const device = await browser.newContext({ storageState: storageStateFor("s01") });
  const second = await device.newPage();
  await second.goto(LESSON);
  await expect(cell(second, "服务理念 · 查到的内容")).toBeEditable();

  await cell(first, "服务理念 · 查到的内容").fill("第一个窗口写的");
  await expect(t11(first).getByTestId("entry-status")).toHaveText("已保存");
  await cell(second, "服务理念 · 查到的内容").fill("第二个窗口的旧稿");
  await expect(t11(second).getByRole("alert")).toContainText("另一个窗口或设备上更新过");
  await t11(second).getByRole("button", { name: "载入较新的版本" }).click();
  await expect(cell(second, "服务理念 · 查到的内容")).toHaveValue("第一个窗口写的");
  await expect(t11(second).getByTestId("entry-status")).toHaveText("已保存");
  await context.close();
  await device.close();
});

test("submitting twice quickly records one submission and locks the answers", async ({ page }) => {
  await openAs(page, "s02");
  await cell(page, "服务理念 · 查到的内容").fill("真诚到永远");
  await expect(t11(page).getByTestId("entry-status")).toHaveText("已保存");
  // The top of the lesson says when it is due and that nothing is handed in yet.
  await expect(page.getByTestId("lesson-status")).toContainText("截止时间：");
  await expect(page.getByTestId("lesson-status-line")).toHaveText("状态：还没有提交");
  await page.getByRole("button", { name: "提交", exact: true }).click();
  // The confirm step names the exercises left empty.
  await expect(page.getByTestId("unanswered-list")).toContainText("还有 2 道练习没有作答");
  await expect(page.getByTestId("unanswered-list")).toContainText("STEP2 和智能客服“小智”聊一聊");
  await expect(page.getByRole("button", { name: "确认提交" })).toBeFocused();
  await page.getByRole("button", { name: "确认提交" }).dblclick();
  await expect(page.getByTestId("submission-receipt")).toContainText("已提交（第 1 次）");
  // Focus moves to the receipt, which is announced (role=status).
  await expect(page.getByTestId("submission-receipt")).toBeFocused();
  await expect(page.getByTestId("submission-receipt")).toHaveAttribute("role", "status");
  await expect(page.getByTestId("lesson-status-line")).toContainText("已提交第 1 次");
  // Submitted work shows no stale “正在载入答案……” under its exercises.
  await expect(page.getByText("正在载入答案……")).toHaveCount(0);
  await expect(cell(page, "服务理念 · 查到的内容")).toBeDisabled();

  const work = await page.request.get("/api/work/haier-case");
  expect((await work.json()).submission).toMatchObject({ version: 1, status: "SUBMITTED" });
  await page.reload();
  await expect(page.getByTestId("submission-receipt")).toContainText("第 1 次");
});

test("ten parallel submits with one idempotency key make one submission", async ({ page }) => {
  await openAs(page, "s03");
  await cell(page, "服务理念 · 查到的内容").fill("并发提交");
  await expect(t11(page).getByTestId("entry-status")).toHaveText("已保存");
  const origin = new URL(page.url()).origin;
  const responses = await Promise.all(
    Array.from({ length: 10 }, () =>
      page.request.post("/api/work/haier-case/submit", {
        data: { idempotencyKey: "same-key-0123456789" },
        headers: { Origin: origin },
      }),
    ),
  );
  for (const r of responses) expect(r.status()).toBe(200);
  const versions = await Promise.all(responses.map(async (r) => (await r.json()).version));
  expect(new Set(versions)).toEqual(new Set([1]));
  const again = await page.request.post("/api/work/haier-case/submit", {
    data: { idempotencyKey: "another-key-0123456789" },
    headers: { Origin: origin },
  });
  expect(again.status()).toBe(423);
  expect((await again.json()).message).toContain("已提交");
});

test("a visitor who is not signed in can practise, kept in this browser only", async ({ page }) => {
  const saves: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/api/work/")) saves.push(r.url());
  });
  await page.goto(LESSON);
  await cell(page, "服务理念 · 查到的内容").fill("游客的练习");
  await expect(page.getByTestId("worksheet-status")).toContainText("仅保存在本机");
  await page.reload();
  await expect(cell(page, "服务理念 · 查到的内容")).toHaveValue("游客的练习");
  expect(saves).toEqual([]);
});

test.describe("the save endpoint refuses what it must", () => {
  const url = "/api/work/haier-case/answers/haier-t1-1";
  const good = { value: { rows: [{ content: "a" }, {}, {}, {}, {}] }, baseVersion: 0 };

  test("anonymous, cross-site and teacher requests", async ({ request, browser, baseURL }) => {
    expect((await request.put(url, { data: good, headers: { Origin: baseURL ?? "" } })).status()).toBe(401);
    const teacher = await browser.newContext({ storageState: storageStateFor("teacher") });
    expect((await teacher.request.put(url, { data: good, headers: { Origin: baseURL ?? "" } })).status()).toBe(403);
    const student = await browser.newContext({ storageState: storageStateFor("s01") });
    const crossSite = await student.request.put(url, { data: good, headers: { Origin: "https://evil.example" } });
    expect(crossSite.status()).toBe(403);
    expect((await crossSite.json()).message).toContain("请求来源不正确");
    await teacher.close();
    await student.close();
  });

  test("malformed, oversized and mismatched bodies get Chinese messages, never a 500", async ({ browser, baseURL }) => {
    const student = await browser.newContext({ storageState: storageStateFor("s01") });
    const headers = { Origin: baseURL ?? "" };
    const put = (path: string, data: unknown) => student.request.put(path, { data, headers });

    const extra = await put(url, { ...good, studentId: "someone-else" });
    expect(extra.status()).toBe(400);
    const wrongRows = await put(url, { value: { rows: [{ content: "a" }] }, baseVersion: 0 });
    expect(wrongRows.status()).toBe(400);
    expect((await wrongRows.json()).message).toMatch(/至少需要|最多只能/);
    const huge = await put(url, { value: { rows: [{ content: "字".repeat(200_000) }] }, baseVersion: 0 });
    expect(huge.status()).toBe(413);
    expect((await huge.json()).message).toContain("太大");
    const notJson = await student.request.put(url, {
      data: "{not json",
      headers: { ...headers, "Content-Type": "application/json" },
    });
    expect(notJson.status()).toBe(400);
    const otherLesson = await put("/api/work/customer-and-service/answers/haier-t1-1", good);
    expect(otherLesson.status()).toBe(404);
    await student.close();
  });
});

test("after the session expires the draft survives a new login and is saved", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateFor("s01") });
  const page = await context.newPage();
  await page.goto(LESSON);
  await expect(cell(page, "个人用户自助服务 · 查到的内容")).toBeEditable();
  await context.clearCookies();
  await cell(page, "个人用户自助服务 · 查到的内容").fill("会话过期时写的草稿");
  await expect(t11(page).getByTestId("entry-status")).toHaveText("未保存（登录已过期）");
  await t11(page).getByRole("link", { name: "重新登录" }).click();
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await page.getByLabel("账号", { exact: true }).fill("s01");
  await page.getByLabel("密码", { exact: true }).fill("demo1234");
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page).toHaveURL(LESSON);
  await expect(cell(page, "个人用户自助服务 · 查到的内容")).toHaveValue("会话过期时写的草稿");
  await expect(t11(page).getByTestId("entry-status")).toHaveText("已保存");
  await context.close();
});
