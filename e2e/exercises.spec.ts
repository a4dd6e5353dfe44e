import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./helpers";

test.use({ storageState: storageStateFor("s01") });

const exercise = (page: Page, id: string) => page.locator(`[data-exercise='${id}']`);

test("a classify exercise can be done with the keyboard alone", async ({ page }) => {
  await page.goto("/lessons/customer-and-service");
  const ex = exercise(page, "cas-classify-customers");
  const card = ex.getByRole("button", { name: /把店里一条连衣裙收藏了三个月/ });
  // dnd-kit announces every step to screen readers; wait for each before the next key, as a person would.
  const announcer = page.locator("[id^='DndLiveRegion']");
  await card.focus();
  await page.keyboard.press("Space");
  await expect(announcer).toContainText("移到“未分类”");
  await page.keyboard.press("ArrowRight");
  await expect(announcer).toContainText("移到“普通客户”");
  await page.keyboard.press("ArrowRight");
  await expect(announcer).toContainText("移到“潜在客户”");
  await page.keyboard.press("Space");
  await expect(announcer).toContainText("已放进“潜在客户”");
  await expect(
    ex.getByRole("group", { name: "潜在客户" }).getByRole("button", { name: /把店里一条连衣裙收藏了三个月/ }),
  ).toBeVisible();
  await expect(ex.getByTestId("entry-status")).toHaveText("已保存");

  await ex.getByRole("button", { name: "检查答案" }).click();
  await expect(ex.getByTestId("check-result")).toContainText("答对 1 / 12");
});

test("the typing test measures 字/分钟 and keeps the result", async ({ page }) => {
  await page.goto("/lessons/gold-medal-cs");
  const ex = exercise(page, "gm-typing");
  const passage = (await ex.getByLabel("要输入的文字").innerText()).trim();
  const input = ex.getByLabel(/在这里输入上面的文字/);
  await input.pressSequentially(passage, { delay: 15 });
  const result = ex.getByTestId("typing-result");
  await expect(ex.getByRole("status").filter({ hasText: "达标" })).toBeVisible();
  const speed = Number((await result.locator("dd").first().innerText()).replace(/\D/g, ""));
  expect(speed).toBeGreaterThan(60);
  await expect(result).toContainText("100%");
  await expect(ex.getByTestId("entry-status")).toHaveText("已保存");
  await page.reload();
  await expect(exercise(page, "gm-typing").getByTestId("typing-result").locator("dd").first()).toHaveText(
    `${speed} 字/分钟`,
  );
});

test("an order exercise is put right with the move buttons and checked by the server", async ({ page }) => {
  await page.goto("/lessons/phone-and-online-channels");
  const ex = exercise(page, "pc-answer-steps");
  await expect(ex.getByRole("button", { name: /^第 6 步：/ })).toBeVisible();
  const correct = ["等铃声响过两下", "报出本公司名称", "问清来电人", "寒暄几句", "谈具体的事情", "有礼貌地说再见"];
  for (let target = 0; target < correct.length; target++) {
    const labels = await ex
      .getByRole("button", { name: /^第 \d 步：/ })
      .evaluateAll((els) => els.map((el) => el.getAttribute("aria-label") ?? ""));
    const from = labels.findIndex((label) => label.includes(correct[target] as string));
    for (let i = from; i > target; i--) {
      const text = (labels[from] ?? "").replace(/^第 \d 步：/, "");
      await ex.getByRole("button", { name: `上移“${text}”` }).click();
    }
  }
  await ex.getByRole("button", { name: "检查答案" }).click();
  await expect(ex.getByTestId("check-result")).toContainText("答对 6 / 6");
});

test("choice and numeric answers are explained after checking", async ({ page }) => {
  await page.goto("/lessons/customer-and-service");
  const choice = exercise(page, "cas-concepts-choice");
  await choice.getByLabel("在店里下单买耳机的学生").check();
  await choice.getByRole("button", { name: "检查答案" }).click();
  await expect(choice.getByText("✓ 正确").first()).toBeVisible();
  await expect(choice).toContainText("狭义的客户专指");

  await page.goto("/lessons/gold-medal-cs");
  const numeric = exercise(page, "gm-kpi-calc");
  await numeric.getByRole("textbox").first().fill("10");
  await numeric.getByRole("button", { name: "检查答案" }).click();
  await expect(numeric.getByTestId("check-result")).toContainText("答对 1 /");
  await expect(numeric).toContainText("公式：");
});

test("a chat exercise reveals the next customer message after each reply and ticks the checklist", async ({ page }) => {
  await page.goto("/lessons/sales-stage-skills");
  const ex = exercise(page, "ss-presale-chat");
  const conversation = ex.getByRole("list", { name: "对话" });
  await expect(conversation.getByText("顾客")).toHaveCount(1);
  await ex.getByLabel("回复第 1 条消息").fill("亲，您好！这款有货的，请问您平时穿什么尺码？");
  await ex.getByRole("button", { name: "发送" }).click();
  await expect(conversation.getByText("顾客")).toHaveCount(2);
  const checklist = ex.getByRole("complementary", { name: "话术自查清单" });
  await expect(checklist.getByText(/用了礼貌用语/)).toContainText("已做到");
  await expect(ex.getByTestId("entry-status")).toHaveText("已保存");
  // A rude reply ticks nothing because it happens to contain a checklist word, and is named.
  await ex.getByLabel("回复第 2 条消息").fill("别考虑了，爱买不买");
  await ex.getByRole("button", { name: "发送" }).click();
  await expect(checklist.getByText(/不急着催单/)).toContainText("还没做到");
  await expect(ex.getByTestId("forbidden-phrases")).toContainText("“爱买不买”");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("a classify card is placed by tapping it and then a category, and the card does not block scrolling", async ({
    page,
  }) => {
    await page.goto("/lessons/customer-and-service");
    const ex = exercise(page, "cas-classify-customers");
    const card = ex.getByRole("button", { name: /来问过两次尺码/ });
    await card.tap();
    await expect(card).toHaveAttribute("aria-pressed", "true");
    await ex.getByRole("group", { name: "潜在客户" }).getByRole("button", { name: "放到这里" }).tap();
    await expect(
      ex.getByRole("group", { name: "潜在客户" }).getByRole("button", { name: /来问过两次尺码/ }),
    ).toBeVisible();
    await expect(ex.getByTestId("entry-status")).toHaveText("已保存");
    // Only the small ⠿ handle takes the touch for dragging; the card itself lets the page scroll.
    expect(await card.evaluate((el) => getComputedStyle(el).touchAction)).not.toBe("none");
  });
});
