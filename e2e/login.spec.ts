import { expect, test } from "@playwright/test";
import { login } from "./helpers";

test.describe("signing in", () => {
  for (const { username, home, heading } of [
    { username: "admin", home: "/admin", heading: "系统管理" },
    { username: "teacher", home: "/teacher", heading: "教学管理" },
    { username: "s03", home: "/student", heading: "我的作业" },
  ]) {
    test(`${username} lands on ${home}`, async ({ page }) => {
      await login(page, username);
      await expect(page).toHaveURL(home);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    });
  }

  test("the teacher can sign in with an e-mail address too", async ({ page }) => {
    await login(page, "Teacher@demo.kefu.local");
    await expect(page).toHaveURL("/teacher");
  });

  test("a wrong password shows a Chinese error and keeps the visitor on the login page", async ({ page }) => {
    await login(page, "s02", "wrong-password-1");
    await expect(page.locator("form [role=alert]")).toHaveText("账号或密码不正确，请重新输入。");
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByLabel("账号", { exact: true })).toHaveValue("s02");
  });

  test("an unknown account gets the same message as a wrong password", async ({ page }) => {
    await login(page, "nobody-here", "whatever123");
    await expect(page.locator("form [role=alert]")).toHaveText("账号或密码不正确，请重新输入。");
  });

  test("after sign-in the visitor returns to the page they asked for", async ({ page }) => {
    await page.goto("/teacher");
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
    await page.getByLabel("账号", { exact: true }).fill("teacher");
    await page.getByLabel("密码", { exact: true }).fill("demo1234");
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await expect(page).toHaveURL("/teacher");
  });

  test("signing out ends the session, even for a copy of its cookie", async ({ page, context }) => {
    await login(page, "s04");
    await expect(page).toHaveURL("/student");
    const copied = await context.cookies();
    await page.getByRole("button", { name: "退出" }).click();
    await expect(page).toHaveURL("/login");
    await page.goto("/student");
    await expect(page).toHaveURL(/\/login/);
    // Someone who kept the cookie (a shared 机房 PC) gets nothing with it.
    await context.addCookies(copied);
    await page.goto("/student");
    await expect(page).toHaveURL(/\/login/);
  });

  test("the header fits the role", async ({ page }) => {
    await login(page, "s05");
    await expect(page).toHaveURL("/student");
    const nav = page.getByRole("navigation", { name: "主导航" });
    await expect(nav.getByRole("link")).toHaveText(["课程", "我的作业"]);
    await page.goto("/lessons");
    await expect(nav.getByRole("link")).toHaveText(["课程", "我的作业"]);
    await expect(page.getByTestId("account-name")).toContainText("刘欣怡");
  });

  test("repeated wrong passwords on one account are slowed down without locking out others", async ({ page }) => {
    for (let i = 0; i < 5; i++) {
      await login(page, "throttle-probe", `wrong-password-${i}`);
      await expect(page.locator("form [role=alert]")).toHaveText("账号或密码不正确，请重新输入。");
    }
    // The next tries wait a growing pause; one during the pause is refused, saying how long to wait.
    let refused = "";
    for (let i = 0; i < 4 && !refused; i++) {
      await login(page, "throttle-probe", "wrong-password-x");
      const text = (await page.locator("form [role=alert]").innerText()).trim();
      if (text.startsWith("尝试次数过多")) refused = text;
    }
    expect(refused).toMatch(/^尝试次数过多，请 \d+ 秒后再试。$/);
    // Another student signing in from the same browser and address is not affected.
    await login(page, "s02");
    await expect(page).toHaveURL("/student");
  });
});
