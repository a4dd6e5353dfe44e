import { expect, test } from "@playwright/test";
import { login, storageStateFor } from "./helpers";

const T12 = "STEP2 和智能客服“小智”聊一聊";

test("a teacher writes a rubric, scores with it, edits it later, and the given score stays", async ({ browser }) => {
  const teacher = await browser.newContext({ storageState: storageStateFor("teacher") });
  const t = await teacher.newPage();
  await t.goto("/teacher");
  await t.getByRole("link", { name: "评分标准" }).click();
  await expect(t.getByTestId("rubric-state-haier-t1-2")).toHaveText("未设置");
  await t.getByRole("link", { name: T12 }).click();

  // The starter template has four levels; make it two and try a score above full marks first.
  const form = t.getByRole("form", { name: "评分标准" });
  await form.getByRole("button", { name: "删除第 4 档" }).click();
  await form.getByRole("button", { name: "删除第 3 档" }).click();
  await form.getByLabel("第 1 档分数").fill("12");
  await form.getByRole("button", { name: "保存评分标准" }).click();
  await expect(form.getByRole("alert")).toHaveText("第 1 档：分数不能超过本题满分 10 分。");
  await form.getByLabel("第 1 档分数").fill("10");
  await form.getByLabel("第 1 档要求").fill("和小智的对话记录完整，能说出三个以上智能客服的优点。");
  await form.getByRole("button", { name: "保存评分标准" }).click();
  await expect(form.getByRole("status")).toContainText("评分标准已保存");

  // Score s04's table 1-2 with the top level (s04 already had 10 there, so the total stays 27).
  await t.goto("/teacher");
  await t
    .getByRole("region", { name: "23电商1班" })
    .getByRole("link", { name: /海尔案例/ })
    .click();
  await t.locator("[data-student='s04']").getByRole("link", { name: "查看" }).click();
  const levels = t.getByRole("group", { name: `“${T12}”的评分标准` });
  await levels.getByRole("button", { name: "优秀 10" }).click();
  await expect(levels.getByRole("button", { name: "优秀 10" })).toHaveAttribute("aria-pressed", "true");
  await t.getByRole("button", { name: "批改完成" }).click();
  await expect(t.getByText("批改完成，总分 27。")).toBeVisible();
  const review = t.url();

  // The rubric is edited after grading: the score given stays 10 and the screen says why.
  await t.goto("/teacher/rubrics/haier-t1-2");
  await form.getByLabel("第 1 档分数").fill("9.5");
  await form.getByRole("button", { name: "保存评分标准" }).click();
  await expect(form.getByRole("status")).toContainText("已经给出的分数不会改变");
  await t.goto(review);
  await expect(t.getByLabel(`“${T12}”的得分`)).toHaveValue("10");
  await expect(t.getByTestId("stale-level")).toContainText("优秀（10 分）");
  await expect(
    t.getByRole("group", { name: `“${T12}”的评分标准` }).getByRole("button", { name: "优秀 9.5" }),
  ).toBeVisible();
  await teacher.close();

  // The student sees their teacher's rubric beside the exercise.
  const student = await browser.newContext();
  const s = await student.newPage();
  await login(s, "s04");
  await expect(s).toHaveURL("/student");
  await s.goto("/lessons/haier-case");
  const card = s.locator("[data-exercise='haier-t1-2']");
  await card.getByText("评分标准").click();
  await expect(card).toContainText("优秀（9.5 分）：和小智的对话记录完整");
  await student.close();
});
