import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "../helpers";

// RELIABILITY case 12: pages rendered per request (everything behind sign-in, and the login page)
// run only scripts that carry this response's nonce; no page allows eval or framing. Prerendered
// public pages keep a static policy (lib/security/csp.ts explains why).

function scriptSrc(csp: string) {
  return (
    csp
      .split(";")
      .map((d) => d.trim())
      .find((d) => d.startsWith("script-src")) ?? ""
  );
}

async function collectCspErrors(page: Page) {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) errors.push(m.text());
  });
  return errors;
}

test.describe("a signed-in teacher's pages", () => {
  test.use({ storageState: storageStateFor("teacher") });

  test("carry a fresh nonce, every script has it, and an injected script does not run", async ({ page }) => {
    const errors = await collectCspErrors(page);
    const nonces = new Set<string>();
    for (const path of ["/teacher", "/teacher/plans", "/teacher"]) {
      const response = await page.goto(path);
      const csp = response?.headers()["content-security-policy"] ?? "";
      const src = scriptSrc(csp);
      const nonce = /'nonce-([^']+)'/.exec(src)?.[1];
      expect(nonce, `${path}: ${src}`).toBeTruthy();
      expect(src).toContain("'strict-dynamic'");
      expect(src).not.toContain("unsafe-inline");
      expect(csp).not.toContain("unsafe-eval");
      expect(csp).toContain("frame-ancestors 'none'");
      nonces.add(nonce!);
      const scripts = await page.$$eval("script", (els) => els.map((s) => (s as HTMLScriptElement).nonce));
      expect(scripts.length).toBeGreaterThan(3);
      expect(
        scripts.every((n) => n === nonce),
        `${path}: a script without the nonce`,
      ).toBe(true);
    }
    expect(nonces.size).toBe(3);
    // The page is live (React hydrated under the policy): the menu's sign-out button responds.
    await expect(page.getByRole("heading", { name: "教学管理" })).toBeVisible();
    // Markup injected the way a stored XSS would land: its inline handler is refused by the browser.
    await page.evaluate(() =>
      document.body.insertAdjacentHTML("beforeend", '<img src="/none.png" onerror="window.__injected = 1">'),
    );
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected ?? null)).toBeNull();
    expect(errors.length).toBeGreaterThan(0); // the refusal above, and nothing of our own before it
    expect(errors.filter((e) => !/inline event handler/i.test(e))).toEqual([]);
  });
});

test("the login page works under the nonce policy", async ({ page }) => {
  const errors = await collectCspErrors(page);
  const response = await page.goto("/login");
  expect(scriptSrc(response?.headers()["content-security-policy"] ?? "")).toMatch(/'nonce-[^']+' 'strict-dynamic'/);
  await page.getByLabel("账号", { exact: true }).fill("s02");
  await page.getByLabel("密码", { exact: true }).fill("demo1234");
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page).toHaveURL(/\/student/);
  expect(errors).toEqual([]);
});

test("prerendered public pages have a static policy without eval or framing", async ({ request }) => {
  for (const path of ["/", "/lessons/haier-case", "/plans"]) {
    const csp = (await request.get(path)).headers()["content-security-policy"] ?? "";
    expect(csp, path).toContain("script-src 'self'");
    expect(csp, path).not.toContain("unsafe-eval");
    expect(csp, path).not.toContain("nonce-");
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toContain("object-src 'none'");
  }
});

test("odd spellings of a private path answer 404 with a policy too", async ({ request }) => {
  for (const path of ["/TEACHER", "/teacher;x", "/teacher%00", "/Student/x", "/adminx", "/login;a"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    const csp = response.headers()["content-security-policy"] ?? "";
    expect(csp, `${path} (${response.status()})`).toContain("script-src 'self'");
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).not.toContain("unsafe-eval");
  }
});

test("a lesson's forms run without a policy violation (zod never probes for eval)", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateFor("s01") });
  const page = await context.newPage();
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|unsafe-eval/i.test(m.text())) violations.push(m.text());
  });
  await page.goto("/lessons/gold-medal-cs");
  const numeric = page.locator("[data-exercise='gm-kpi-calc']");
  await numeric.getByRole("textbox").first().fill("10");
  await expect(numeric.getByTestId("entry-status")).toHaveText("已保存");
  await page.goto("/teacher");
  expect(violations).toEqual([]);
  await context.close();
});
