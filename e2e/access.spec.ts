import { expect, test } from "@playwright/test";
import { storageStateFor } from "./helpers";

// Teacher-only data that must never reach anyone else: the class join code and roster
// (s01 王雨涵 is signed in below, so her own name may appear; her classmates' may not).
async function teacherDataIn(body: string) {
  return /班级码|李浩然|张思琪|陈子轩/.test(body);
}

test.describe("anonymous visitors", () => {
  for (const path of ["/teacher", "/student", "/admin", "/change-password"]) {
    test(`${path} redirects to the login page`, async ({ page }) => {
      await page.goto(path);
      await expect(page).toHaveURL(/\/login\?callbackUrl=/);
    });
  }

  test("a forged x-middleware-subrequest header gets no teacher data", async ({ request }) => {
    for (const value of [
      "middleware",
      "proxy",
      "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware",
      "proxy:proxy:proxy:proxy:proxy",
    ]) {
      const response = await request.get("/teacher", {
        headers: { "x-middleware-subrequest": value },
        maxRedirects: 0,
      });
      expect(response.status(), value).not.toBe(200);
      expect(await teacherDataIn(await response.text())).toBe(false);
    }
  });

  test("RSC and prefetch variants of a teacher page get no teacher data", async ({ request }) => {
    const variants: Record<string, string>[] = [
      { RSC: "1" },
      { RSC: "1", "Next-Router-Prefetch": "1" },
      { RSC: "1", "Next-Router-Segment-Prefetch": "/_tree" },
    ];
    for (const headers of variants) {
      const response = await request.get("/teacher", { headers, maxRedirects: 0 });
      expect(await teacherDataIn(await response.text()), JSON.stringify(headers)).toBe(false);
    }
    const rscPath = await request.get("/teacher.rsc", { maxRedirects: 0 });
    expect(await teacherDataIn(await rscPath.text())).toBe(false);
  });
});

test.describe("a student", () => {
  test.use({ storageState: storageStateFor("s01") });

  test("opening /teacher gets a 404 page without teacher data", async ({ page }) => {
    const response = await page.goto("/teacher");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
    expect(await teacherDataIn(await page.content())).toBe(false);
  });

  test("opening /admin gets a 404 page", async ({ page }) => {
    const response = await page.goto("/admin");
    expect(response?.status()).toBe(404);
    await expect(page.getByText("李浩然")).toHaveCount(0);
  });

  test("sees their own class on /student", async ({ page }) => {
    await page.goto("/student");
    const classes = page.getByRole("region", { name: "我的班级" });
    await expect(classes.getByText("23电商1班")).toBeVisible();
    await expect(classes.getByText("任课教师：周敏")).toBeVisible();
    // Students see no join code and no classmates' list (the "班级码" field is for joining another class).
    await expect(classes.getByRole("listitem").filter({ hasText: "23电商1班" })).not.toContainText("班级码");
    await expect(page.locator(".font-mono.tracking-wider")).toHaveCount(0);
    await expect(page.getByText("李浩然")).toHaveCount(0);
  });
});

test.describe("a teacher", () => {
  test.use({ storageState: storageStateFor("teacher") });

  test("sees 23电商1班 with its five students", async ({ page }) => {
    await page.goto("/teacher");
    const section = page.getByRole("region", { name: "23电商1班" });
    await expect(section).toBeVisible();
    await expect(section.getByRole("row")).toHaveCount(6);
    await expect(section).toContainText("王雨涵");
    await expect(section).toContainText("5 名学生");
  });

  test("cannot open /admin or /student", async ({ page }) => {
    expect((await page.goto("/admin"))?.status()).toBe(404);
    expect((await page.goto("/student"))?.status()).toBe(404);
  });
});
