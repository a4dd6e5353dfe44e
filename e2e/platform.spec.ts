import { expect, test } from "@playwright/test";
import { horizontalOverflow, storageStateFor } from "./helpers";

test("GET /api/health answers ok after a database query", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", db: "ok" });
});

test("pages carry the security headers", async ({ request }) => {
  for (const path of ["/", "/login", "/lessons/customer-and-service"]) {
    const headers = (await request.get(path)).headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).not.toContain("unsafe-eval");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBeTruthy();
  }
});

test.describe("authenticated pages", () => {
  test.use({ storageState: storageStateFor("teacher") });
  test("are never cached", async ({ page }) => {
    const response = await page.goto("/teacher");
    expect(response?.status()).toBe(200);
    expect(response?.headers()["cache-control"]).toContain("no-store");
  });
});

test("a missing page shows the Chinese 404", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
});

test("lessons are listed and readable", async ({ page }) => {
  await page.goto("/lessons");
  await page.getByRole("link", { name: /客户与客户服务/ }).click();
  await expect(page).toHaveURL("/lessons/customer-and-service");
  await expect(page.getByRole("heading", { level: 1, name: "客户与客户服务" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "学习目标" })).toBeVisible();
  await expect(page.getByRole("table")).toContainText("VIP（贵宾）客户");
});

test.describe("on a phone (390×844)", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  for (const path of ["/", "/login", "/lessons", "/lessons/customer-and-service"]) {
    test(`${path} has no horizontal scroll`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    });
  }

  test("the signed-in student home has no horizontal scroll", async ({ browser }) => {
    const context = await browser.newContext({
      storageState: storageStateFor("s01"),
      viewport: { width: 390, height: 844 },
    });
    const page = await context.newPage();
    await page.goto("/student");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await context.close();
  });
});

test("no page asks a third party for anything", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateFor("teacher") });
  const page = await context.newPage();
  const foreign: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (!["127.0.0.1", "localhost"].includes(url.hostname) && url.protocol !== "data:") foreign.push(request.url());
  });
  for (const path of ["/", "/lessons", "/lessons/customer-and-service", "/plans", "/teacher", "/login"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  expect(foreign).toEqual([]);
  await context.close();
});
