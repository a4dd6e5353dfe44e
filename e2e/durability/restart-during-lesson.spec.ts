import { expect, test, type Page } from "@playwright/test";
import { addSession, signIn, startInstance, testDatabaseUrl } from "./server";

// RELIABILITY case 20 (new deploy during a lesson): the server goes away while a student is typing
// — stopped for an upgrade — and comes back. What was typed meanwhile shows as not saved, stays in
// the browser, and is saved by itself once the server answers again; a reload shows all of it.

const DB = testDatabaseUrl("durability-restart");
const PORT = 3158;
const t11 = (page: Page) => page.locator("[data-exercise='haier-t1-1']");
const cell = (page: Page, label: string) => t11(page).getByLabel(label, { exact: true });

test("typing through a server restart loses nothing", async ({ browser }) => {
  test.setTimeout(180_000);
  let server = await startInstance(PORT, DB, { fresh: true });
  const cookie = await signIn(server.base, "s01");
  const context = await browser.newContext({ baseURL: server.base });
  await addSession(context, server.base, cookie);
  const page = await context.newPage();
  try {
    await page.goto("/lessons/haier-case");
    await cell(page, "服务理念 · 查到的内容").fill("升级之前写的");
    await expect(t11(page).getByTestId("entry-status")).toHaveText("已保存");

    await server.stop();
    for (let i = 0; i < 50; i++) {
      const up = await fetch(`${server.base}/api/health`).then(
        () => true,
        () => false,
      );
      if (!up) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    await cell(page, "App 名称 · 查到的内容").fill("服务器停机时写的");
    await expect(t11(page).getByTestId("entry-status")).not.toHaveText("已保存", { timeout: 10_000 });

    server = await startInstance(PORT, DB, { fresh: false });
    // The page retries on its own (every 5 s): no click, no reload needed.
    await expect(t11(page).getByTestId("entry-status")).toHaveText("已保存", { timeout: 20_000 });
    const work = (await (await fetch(`${server.base}/api/work/haier-case`, { headers: { cookie } })).json()) as {
      answers: Record<string, { value: { rows: { content: string }[] } }>;
    };
    expect(work.answers["haier-t1-1"]?.value.rows.map((r) => r.content).slice(0, 4)).toEqual([
      "升级之前写的",
      "",
      "",
      "服务器停机时写的",
    ]);
    await page.reload();
    await expect(cell(page, "App 名称 · 查到的内容")).toHaveValue("服务器停机时写的");
  } finally {
    await context.close();
    await server.stop();
  }
});
