import { expect, test } from "@playwright/test";
import { createAccount, login, storageStateFor } from "./helpers";

test.describe("accounts handed out by the admin", () => {
  test("first login forces a password change, then the new password works", async ({ browser, page }) => {
    const initial = await createAccount(browser, { username: "2026990001", name: "测试新生", role: "学生" });

    await login(page, "2026990001", initial);
    await expect(page).toHaveURL("/change-password");
    await expect(page.getByRole("heading", { name: "修改密码" })).toBeVisible();

    // Until the password is changed, the student area sends the student back here.
    await page.goto("/student");
    await expect(page).toHaveURL("/change-password");

    await page.getByLabel("当前密码").fill(initial);
    await page.getByLabel("新密码", { exact: true }).fill("kefu2026new");
    await page.getByLabel("再次输入新密码").fill("kefu2026neW");
    await page.getByRole("button", { name: "保存新密码" }).click();
    await expect(page.getByText("两次输入的新密码不一致。")).toBeVisible();
    // What was typed is still there after the refusal.
    await expect(page.getByLabel("新密码", { exact: true })).toHaveValue("kefu2026new");

    await page.getByLabel("再次输入新密码").fill("kefu2026new");
    await page.getByRole("button", { name: "保存新密码" }).click();
    await expect(page).toHaveURL("/student");
    await expect(page.getByRole("heading", { name: "我的作业" })).toBeVisible();

    // The initial password no longer works; the new one does.
    await page.getByRole("button", { name: "退出" }).click();
    await expect(page).toHaveURL("/login");
    await login(page, "2026990001", initial);
    await expect(page.locator("form [role=alert]")).toHaveText("账号或密码不正确，请重新输入。");
    await login(page, "2026990001", "kefu2026new");
    await expect(page).toHaveURL("/student");
  });

  test("a disabled user's open session stops working and the login refuses them", async ({ browser }) => {
    const initial = await createAccount(browser, { username: "2026990002", name: "停用测试", role: "学生" });
    const student = await browser.newPage();
    await login(student, "2026990002", initial);
    await student.getByLabel("当前密码").fill(initial);
    await student.getByLabel("新密码", { exact: true }).fill("kefu2026abc");
    await student.getByLabel("再次输入新密码").fill("kefu2026abc");
    await student.getByRole("button", { name: "保存新密码" }).click();
    await expect(student).toHaveURL("/student");

    const adminContext = await browser.newContext({ storageState: storageStateFor("admin") });
    const admin = await adminContext.newPage();
    await admin.goto("/admin?q=2026990002");
    const row = admin.locator("tr[data-username='2026990002']");
    await row.getByRole("button", { name: "停用" }).click();
    await expect(row).toContainText("已停用");

    await student.reload();
    await expect(student).toHaveURL(/\/login/);
    await login(student, "2026990002", "kefu2026abc");
    // The same answer as a wrong password: the sign-in page does not tell that the password was right.
    await expect(student.locator("form [role=alert]")).toHaveText("账号或密码不正确，请重新输入。");

    await row.getByRole("button", { name: "启用" }).click();
    await expect(row).toContainText("正常");
    await login(student, "2026990002", "kefu2026abc");
    await expect(student).toHaveURL("/student");
    await adminContext.close();
  });

  test("the admin is told when an account name is taken or malformed", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateFor("admin") });
    const page = await context.newPage();
    await page.goto("/admin");
    const form = page.getByRole("region", { name: "新建账号" });
    await form.getByLabel("账号", { exact: true }).fill("s01");
    await form.getByLabel("姓名").fill("重复的人");
    await form.getByRole("button", { name: "创建并生成初始密码" }).click();
    await expect(form.getByText("这个账号已经存在，请换一个。").first()).toBeVisible();
    await expect(form.getByLabel("姓名")).toHaveValue("重复的人");

    await form.getByLabel("账号", { exact: true }).fill("有 空格");
    await form.getByRole("button", { name: "创建并生成初始密码" }).click();
    await expect(form.getByText(/账号由 2–32 位/)).toBeVisible();
    await context.close();
  });
});

test("the admin exports a student's data and then deletes the student", async ({ browser }) => {
  await createAccount(browser, { username: "2026990003", name: "待删除学生", role: "学生" });
  const context = await browser.newContext({ storageState: storageStateFor("admin") });
  const page = await context.newPage();
  await page.goto("/admin?q=2026990003");
  const row = page.locator("tr[data-username='2026990003']");
  const href = await row.getByRole("link", { name: "导出数据" }).getAttribute("href");
  const exported = await page.request.get(href ?? "");
  expect(exported.status()).toBe(200);
  const data = await exported.json();
  expect(data).toMatchObject({ username: "2026990003", name: "待删除学生", submissions: [], answers: [] });
  expect(JSON.stringify(data)).not.toContain("passwordHash");

  page.once("dialog", (dialog) => void dialog.accept());
  await row.getByRole("button", { name: "删除" }).click();
  // The account leaves the list as soon as it is deleted.
  await expect(row).toHaveCount(0);
  await page.goto("/admin?q=2026990003");
  await expect(page.locator("tr[data-username='2026990003']")).toHaveCount(0);
  expect((await page.request.get(href ?? "")).status()).toBe(404);
  await context.close();
});
