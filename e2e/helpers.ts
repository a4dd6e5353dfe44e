import { expect, type Browser, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo1234";

export const storageStateFor = (username: "admin" | "teacher" | "s01") => `e2e/.auth/${username}.json`;

export async function login(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("账号", { exact: true }).fill(username);
  await page.getByLabel("密码", { exact: true }).fill(password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
}

/** Creates an account through the admin page and returns its one-time initial password. */
export async function createAccount(
  browser: Browser,
  account: { username: string; name: string; role: "学生" | "教师" | "管理员" },
) {
  const context = await browser.newContext({ storageState: storageStateFor("admin") });
  const page = await context.newPage();
  await page.goto("/admin");
  const form = page.getByRole("region", { name: "新建账号" });
  await form.getByLabel("账号", { exact: true }).fill(account.username);
  await form.getByLabel("姓名").fill(account.name);
  await form.getByLabel("角色").selectOption({ label: account.role });
  await form.getByRole("button", { name: "创建并生成初始密码" }).click();
  const issued = form.getByTestId("issued-password");
  await expect(issued).toContainText(account.username);
  const password = await issued.locator("strong").innerText();
  await context.close();
  return password.trim();
}

/** Horizontal overflow of the page in CSS pixels (0 means no sideways scrolling). */
export async function horizontalOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Creates an account through the admin page, signs in and sets a password: ready to use. */
export async function createSignedInAccount(
  browser: Browser,
  account: { username: string; name: string; role: "学生" | "教师" },
) {
  const initial = await createAccount(browser, account);
  const context = await browser.newContext();
  const page = await context.newPage();
  await login(page, account.username, initial);
  await expect(page).toHaveURL("/change-password");
  await page.getByLabel("当前密码").fill(initial);
  await page.getByLabel("新密码", { exact: true }).fill("kefu2026xyz");
  await page.getByLabel("再次输入新密码").fill("kefu2026xyz");
  await page.getByRole("button", { name: "保存新密码" }).click();
  await expect(page).not.toHaveURL(/change-password/);
  return { context, page };
}
