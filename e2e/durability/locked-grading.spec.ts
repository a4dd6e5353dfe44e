import { expect, test } from "@playwright/test";
import { addSession, signIn, startInstance, testDatabaseUrl } from "./server";
import { holdWriteLock } from "./write-lock";

// A teacher grades while another process holds the database's write lock past the busy timeout:
// the screen says it is retrying, nothing typed is lost, and the scores land once the lock goes.

const DB = testDatabaseUrl("durability-locked-grading");
const PORT = 3152;

test("grading against a locked database is retried until it lands, with the typed scores kept", async ({ browser }) => {
  test.setTimeout(150_000);
  const server = await startInstance(PORT, DB, { fresh: true });
  const context = await browser.newContext();
  try {
    await addSession(context, server.base, await signIn(server.base, "teacher"));
    const page = await context.newPage();
    await page.goto(`${server.base}/teacher`);
    await page
      .getByRole("region", { name: "最近提交" })
      .getByRole("link", { name: /刘欣怡/ })
      .first()
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("刘欣怡");
    const score = page.getByLabel("“STEP1 走进海尔集团官网服务”的得分");
    const comment = page.getByLabel("“STEP1 走进海尔集团官网服务”的评语");
    await score.fill("6");
    await comment.fill("锁库时写的评语。");

    const lock = await holdWriteLock(DB);
    await page.getByRole("button", { name: "退回修改" }).click();
    // The server waits out its 5 s busy timeout, answers "busy", and the page retries.
    await expect(page.getByTestId("review-retrying")).toContainText("服务器正忙，批改还没有保存", { timeout: 15_000 });
    await expect(score).toHaveValue("6");
    await lock.release();
    await expect(page.getByRole("status").filter({ hasText: "已退回" })).toBeVisible({ timeout: 30_000 });

    await page.reload();
    await expect(score).toHaveValue("6");
    await expect(comment).toHaveValue("锁库时写的评语。");
  } finally {
    await context.close();
    await server.stop();
  }
});
