import { expect, test } from "@playwright/test";
import { login, storageStateFor } from "./helpers";

test("the demo class has haier-case assigned: s04 sees the grade, the teacher sees the class", async ({ browser }) => {
  const student = await browser.newContext();
  const page = await student.newPage();
  await login(page, "s04");
  await expect(page).toHaveURL("/student");
  const row = page.locator("[data-assignment='haier-case']");
  await expect(row.getByTestId("assignment-status")).toHaveText("已批改");
  await expect(row).toContainText("27 分");
  await row.getByRole("link").click();
  await expect(page.getByTestId("teacher-review")).toContainText("热线一栏请写出具体号码");
  await expect(page.locator("[data-exercise='haier-t1-1']").getByTestId("exercise-review")).toContainText("8 / 10 分");
  await student.close();

  const teacher = await browser.newContext({ storageState: storageStateFor("teacher") });
  const t = await teacher.newPage();
  await t.goto("/teacher");
  await t
    .getByRole("region", { name: "23电商1班" })
    .getByRole("link", { name: /海尔案例/ })
    .click();
  await expect(t).toHaveURL(/\/teacher\/assignments\//);
  await expect(t.locator("[data-student='s04']")).toContainText("已批改");
  await expect(t.locator("[data-student='s05']")).toContainText("已提交");
  await expect(t.locator("[data-student='s01']")).toContainText(/未开始|进行中/);
  await expect(t.getByTestId("behind")).toContainText("王雨涵");
  // With 学号, and copyable for a 催交 message.
  await expect(t.getByTestId("behind")).toContainText("（s01）");
  await expect(t.getByRole("button", { name: "复制名单（催交用）" })).toBeVisible();
  // s04's graded work: 表1-1 (知识、能力) 8/10, 表1-2 (能力) 10/10, 表1-3 (能力、素质) 9/10.
  await expect(t.getByTestId("objective-attainment")).toContainText("80%");
  await expect(t.getByTestId("objective-attainment")).toContainText("90%");

  await expect(t.getByTestId("missed-cells")).toContainText("咨询帮助热线");
  await expect(t.getByLabel("教学反思草稿内容")).toHaveValue(/23电商1班《海尔案例：把服务做成品牌》的作业已交 2\/5 人/);

  const csv = await t.request.get(
    `${new URL(t.url()).pathname.replace("/teacher/assignments/", "/api/assignments/")}/gradebook?format=csv`,
  );
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain("s04,陈子轩,已批改");

  await t.getByRole("link", { name: "作业存档（打印）" }).click();
  await expect(t.getByRole("heading", { level: 1 })).toHaveText("作业存档");
  await expect(t.locator("[data-archive='s04']")).toContainText("总分 27");
  await expect(t.locator("[data-archive='s04']")).toContainText("热线一栏只写了位置");
  await expect(t.locator("[data-archive='s01']")).toHaveCount(0);
  await teacher.close();
});

test("return for revision, resubmit, then grade: the student sees each step", async ({ browser }) => {
  const teacher = await browser.newContext({ storageState: storageStateFor("teacher") });
  const t = await teacher.newPage();
  await t.goto("/teacher");
  await t
    .getByRole("region", { name: "23电商1班" })
    .getByRole("link", { name: /海尔案例/ })
    .click();
  await t.locator("[data-student='s05']").getByRole("link", { name: "批改" }).click();
  await expect(t.getByRole("heading", { level: 1 })).toContainText("刘欣怡");
  await t.getByLabel("“STEP1 走进海尔集团官网服务”的评语").fill("热线和自助服务两栏没有填。");
  await t.getByLabel("“STEP1 走进海尔集团官网服务”的得分").fill("4");
  await t.getByRole("textbox", { name: "总评" }).fill("请把空着的格子补全后重新提交。");
  await t
    .getByText(/逐格评语/)
    .first()
    .click();
  await t.getByLabel("服务理念 · 查到的内容的评语").fill("理念写得准确。");
  await t.getByRole("button", { name: "退回修改" }).click();
  await expect(t.getByText("已退回，学生修改后可以重新提交。")).toBeVisible();

  const student = await browser.newContext();
  const s = await student.newPage();
  await login(s, "s05");
  await expect(s).toHaveURL("/student");
  await expect(s.locator("[data-assignment='haier-case']").getByTestId("assignment-status")).toHaveText("已退回");
  await s.goto("/lessons/haier-case");
  await expect(s.getByTestId("teacher-review")).toContainText("请把空着的格子补全后重新提交");
  await expect(s.locator("[data-exercise='haier-t1-1']").getByTestId("exercise-review")).toContainText(
    "热线和自助服务两栏没有填",
  );
  await expect(s.locator("[data-exercise='haier-t1-1']").getByTestId("cell-comment")).toHaveText(
    "老师：理念写得准确。",
  );
  const hotline = s.locator("[data-exercise='haier-t1-1']").getByLabel("咨询帮助热线 · 查到的内容", { exact: true });
  await hotline.fill("官网公布的全国服务热线");
  await expect(s.locator("[data-exercise='haier-t1-1']").getByTestId("entry-status")).toHaveText("已保存");
  await s.getByRole("button", { name: "提交", exact: true }).click();
  await s.getByRole("button", { name: "确认提交" }).click();
  await expect(s.getByTestId("submission-receipt")).toContainText("第 2 次");

  await t.goto("/teacher");
  await t
    .getByRole("region", { name: "最近提交" })
    .getByRole("link", { name: /刘欣怡.*第 2 次/ })
    .click();
  await expect(
    t.locator("[data-exercise='haier-t1-1']").getByLabel("咨询帮助热线 · 查到的内容", { exact: true }),
  ).toHaveValue("官网公布的全国服务热线");
  // The teacher sees what changed since the returned version.
  await expect(t.locator("[data-exercise='haier-t1-1']").getByTestId("changes")).toContainText(
    "官网公布的全国服务热线",
  );
  await expect(t.locator("[data-exercise='haier-t1-2']")).toContainText("与第 1 次提交相同");
  // Only the changed cell is listed, not the unchanged rows.
  await expect(t.locator("[data-exercise='haier-t1-1']").getByTestId("changed-part")).toHaveCount(1);
  await expect(t.locator("[data-exercise='haier-t1-1']").getByTestId("changes")).not.toContainText("服务理念");
  // The returned version's review is carried into this one, marked as such.
  await expect(t.getByTestId("carried-over").first()).toHaveText("沿用第 1 次的批改");
  await expect(t.getByLabel("“STEP1 走进海尔集团官网服务”的得分")).toHaveValue("4");
  await expect(t.getByLabel("“STEP1 走进海尔集团官网服务”的评语")).toHaveValue("热线和自助服务两栏没有填。");
  await t
    .getByText(/逐格评语/)
    .first()
    .click();
  await expect(t.getByLabel("服务理念 · 查到的内容的评语")).toHaveValue("理念写得准确。");
  // An empty cell can get a comment too.
  await expect(t.getByLabel("个人用户自助服务 · 查到的内容的评语")).toBeVisible();
  await t.getByLabel("“STEP1 走进海尔集团官网服务”的得分").fill("9");
  await t.getByLabel("“STEP2 和智能客服“小智”聊一聊”的得分").fill("6");
  await t.getByLabel("“STEP3 赏析海尔的优秀服务案例”的得分").fill("5");
  await expect(t.getByTestId("review-total")).toHaveText("总分 20 / 30");
  await t.getByRole("button", { name: "批改完成" }).click();
  await expect(t.getByText("批改完成，总分 20。")).toBeVisible();

  await s.goto("/student");
  await expect(s.locator("[data-assignment='haier-case']")).toContainText("20 分");
  await teacher.close();
  await student.close();
});

test("a score above the exercise's points is refused", async ({ browser }) => {
  const teacher = await browser.newContext({ storageState: storageStateFor("teacher") });
  const t = await teacher.newPage();
  await t.goto("/teacher");
  await t
    .getByRole("region", { name: "23电商1班" })
    .getByRole("link", { name: /海尔案例/ })
    .click();
  await t.locator("[data-student='s04']").getByRole("link", { name: "查看" }).click();
  await t.getByLabel("“STEP1 走进海尔集团官网服务”的得分").fill("11");
  await t.getByRole("button", { name: "批改完成" }).click();
  await expect(t.getByTestId("review-bar").getByRole("alert")).toContainText("最多 10 分");
  await teacher.close();
});

test("after the cut-off the server refuses the submit with a clear message", async ({ browser }) => {
  const teacher = await browser.newContext({ storageState: storageStateFor("teacher") });
  const t = await teacher.newPage();
  await t.goto("/teacher");
  const cls = t.getByRole("region", { name: "23电商1班" });
  await cls.getByRole("combobox", { name: "课程" }).selectOption({ label: "客户服务的分类" });
  await cls.getByLabel("截止时间").fill("2026-01-05T08:00");
  await cls.getByLabel("最后提交时间（可选）").fill("2026-01-06T08:00");
  await cls.getByRole("button", { name: "布置作业" }).click();
  // A due time already past is refused until the teacher confirms it.
  await expect(cls.getByText(/截止时间已经过去了/)).toBeVisible();
  await cls.getByLabel("我已确认，仍然布置").check();
  await cls.getByRole("button", { name: "布置作业" }).click();
  await expect(cls.getByText("已布置《客户服务的分类》。")).toBeVisible();
  await teacher.close();

  const student = await browser.newContext({ storageState: storageStateFor("s01") });
  const s = await student.newPage();
  await s.goto("/student");
  await expect(s.locator("[data-assignment='service-categories']")).toContainText("已过截止时间");
  await s.goto("/lessons/service-categories");
  const answer = s.locator("[data-exercise='sc-short-answers']").getByRole("textbox").first();
  await answer.fill("按性质、工作方式、平台、交易流程和形式分。");
  await expect(s.locator("[data-exercise='sc-short-answers']").getByTestId("entry-status")).toHaveText("已保存");
  // The page says so at the top and offers no 提交; the server refuses a submit sent anyway.
  await expect(s.getByTestId("lesson-status")).toContainText("已截止，不能再交");
  await expect(s.getByRole("button", { name: "提交", exact: true })).toBeDisabled();
  const origin = new URL(s.url()).origin;
  const refused = await s.request.post("/api/work/service-categories/submit", {
    headers: { origin },
    data: { idempotencyKey: "cutoff-test-key-1" },
  });
  expect(refused.status()).toBe(409);
  expect(((await refused.json()) as { message: string }).message).toContain("最后提交时间");
  await student.close();
});

test("the cell-across-class view groups identical answers and scores a whole group at once", async ({ browser }) => {
  const teacher = await browser.newContext({ storageState: storageStateFor("teacher") });
  const t = await teacher.newPage();
  await t.goto("/teacher");
  await t
    .getByRole("region", { name: "23电商1班" })
    .getByRole("link", { name: /海尔案例/ })
    .click();
  await t.getByRole("link", { name: "全班对比批改" }).click();
  await expect(t.getByRole("heading", { level: 1 })).toHaveText("全班对比批改");
  const gradebook = async () => {
    const csv = await t.request.get(
      `${new URL(t.url()).pathname.replace(/\/compare.*$/, "").replace("/teacher/assignments/", "/api/assignments/")}/gradebook?format=csv`,
    );
    const [header, ...rows] = (await csv.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/)
      .map((line) => line.split(","));
    return { header: header!, rows: Object.fromEntries(rows.map((r) => [r[0]!, r])) };
  };
  const before = await gradebook();
  // 服务理念 of 表1-1: s04 and s05 both wrote 真诚到永远 — one group of two. A cell gets a cell
  // comment; each student's exercise score stays, and the current scores are shown first.
  const group = t.locator("li[data-group-size='2']").filter({ hasText: "真诚到永远" });
  await expect(group).toContainText("陈子轩");
  await expect(group).toContainText("刘欣怡");
  await expect(group.getByTestId("group-current-scores")).toContainText("不会改动");
  await expect(group.getByRole("spinbutton")).toHaveCount(0);
  await group.getByRole("textbox").fill("服务理念写对了。");
  await group.getByRole("button", { name: "把格评语写给这 2 人" }).click();
  await expect(group.getByRole("status")).toHaveText("已给 2 位同学写上这一格的评语（各自的分数不变）。");

  // Every total in the 成绩册 is the sum of its parts, and no part changed.
  const after = await gradebook();
  const totalAt = after.header.indexOf("总分");
  for (const student of ["s04", "s05"]) {
    const row = after.rows[student]!;
    expect(row.slice(4, totalAt)).toEqual(before.rows[student]!.slice(4, totalAt));
    const parts = row
      .slice(4, totalAt)
      .filter((v) => v !== "")
      .map(Number);
    if (parts.length) expect(Number(row[totalAt])).toBe(parts.reduce((a, b) => a + b, 0));
  }

  // The comment sits on that cell of each member's review, ready for the student to see.
  const compareUrl = t.url();
  await t.goto(new URL(compareUrl).pathname.replace(/\/compare$/, ""));
  await t.locator("[data-student='s05']").getByRole("link", { name: "查看" }).click();
  await t
    .getByText(/逐格评语/)
    .first()
    .click();
  await expect(t.getByLabel("服务理念 · 查到的内容的评语")).toHaveValue("服务理念写对了。");
  await t.goto(compareUrl);

  await t.getByLabel("表格中的格").selectOption({ label: "App 名称 · 查到的内容" });
  await t.getByRole("button", { name: "查看" }).click();
  await expect(t).toHaveURL(/cell=3%3Acontent|cell=3:content/);
  await expect(t.locator("li[data-group-size='2']").filter({ hasText: "海尔智家" })).toBeVisible();

  const download = await t.request.get(
    `${new URL(t.url()).pathname.replace(/\/compare$/, "").replace("/teacher/assignments/", "/api/assignments/")}/gradebook`,
  );
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toContain("spreadsheetml");
  expect(download.headers()["content-disposition"]).toContain(encodeURIComponent("成绩册"));
  await teacher.close();
});

test("the comment bank saves a comment and inserts it with Alt+number", async ({ browser }) => {
  const teacher = await browser.newContext({ storageState: storageStateFor("teacher") });
  const t = await teacher.newPage();
  await t.goto("/teacher");
  await t
    .getByRole("region", { name: "23电商1班" })
    .getByRole("link", { name: /海尔案例/ })
    .click();
  await t.locator("[data-student='s04']").getByRole("link", { name: "查看" }).click();
  const first = t.getByLabel("“STEP1 走进海尔集团官网服务”的评语");
  await first.fill("请写出具体的热线号码。");
  await t.getByRole("button", { name: "把“STEP1 走进海尔集团官网服务”的评语存入评语库" }).click();
  const bank = t.getByRole("complementary", { name: "评语库" });
  await expect(bank.getByRole("listitem")).toHaveCount(1);
  const second = t.getByLabel("“STEP2 和智能客服“小智”聊一聊”的评语");
  await second.fill("");
  await second.press("Alt+1");
  await expect(second).toHaveValue("请写出具体的热线号码。");
  await bank.getByRole("button", { name: /从评语库删除/ }).click();
  await expect(bank.getByRole("listitem")).toHaveCount(0);
  await teacher.close();
});

test("a rubric shows its levels to the student and scores with one click for the teacher", async ({ browser }) => {
  const student = await browser.newContext();
  const s = await student.newPage();
  await login(s, "s02");
  await expect(s).toHaveURL("/student");
  await s.goto("/lessons/sales-stage-skills");
  const chat = s.locator("[data-exercise='ss-presale-chat']");
  await chat.getByText("评分标准").click();
  await expect(chat).toContainText("优秀（15 分）");
  await chat.getByLabel("回复第 1 条消息").fill("亲，您好！这款卫衣有货的，请问您平时穿什么尺码？");
  await chat.getByRole("button", { name: "发送" }).click();
  await expect(chat.getByTestId("entry-status")).toHaveText("已保存");
  await s.getByRole("button", { name: "提交", exact: true }).click();
  await s.getByRole("button", { name: "确认提交" }).click();
  await expect(s.getByTestId("submission-receipt")).toContainText("第 1 次");
  await student.close();

  const teacher = await browser.newContext({ storageState: storageStateFor("teacher") });
  const t = await teacher.newPage();
  await t.goto("/teacher");
  await t
    .getByRole("region", { name: "最近提交" })
    .getByRole("link", { name: /李浩然.*售前、售中、售后沟通/ })
    .click();
  const rubric = t.getByRole("group", { name: "“售前接待：帮顾客挑一件卫衣”的评分标准" });
  await rubric.getByRole("button", { name: "良好 12" }).click();
  await expect(t.getByLabel("“售前接待：帮顾客挑一件卫衣”的得分")).toHaveValue("12");
  await t.getByRole("button", { name: "批改完成" }).click();
  // The other exercises have no score yet: the screen names them and asks before finishing.
  await expect(t.getByTestId("blank-warning")).toContainText("没有打分");
  await expect(t.getByTestId("blank-warning")).not.toContainText("售前接待：帮顾客挑一件卫衣");
  await t.getByRole("button", { name: "仍然批改完成" }).click();
  await expect(t.getByText(/批改完成，总分 \d+/)).toBeVisible();
  await teacher.close();
});

test("grading by keyboard: J / K move between students, Ctrl+Enter grades and opens the next", async ({ browser }) => {
  const teacher = await browser.newContext({ storageState: storageStateFor("teacher") });
  const t = await teacher.newPage();
  await t.goto("/teacher");
  await t
    .getByRole("region", { name: "23电商1班" })
    .getByRole("link", { name: /海尔案例/ })
    .click();
  await t.locator("[data-student='s04']").getByRole("link", { name: "查看" }).click();
  await expect(t.getByRole("heading", { level: 1 })).toContainText("陈子轩");
  await t.keyboard.press("j");
  await expect(t.getByRole("heading", { level: 1 })).toContainText("刘欣怡");
  await t.keyboard.press("k");
  await expect(t.getByRole("heading", { level: 1 })).toContainText("陈子轩");

  const score = t.getByLabel("“STEP1 走进海尔集团官网服务”的得分");
  await score.focus();
  await t.keyboard.press("Control+a");
  await t.keyboard.type("8");
  await t.keyboard.press("Tab");
  await t.keyboard.type("热线一栏请写出具体号码。");
  await t.keyboard.press("Control+Enter");
  await expect(t.getByRole("heading", { level: 1 })).toContainText("刘欣怡");
  await t.goto("/teacher");
  await t
    .getByRole("region", { name: "23电商1班" })
    .getByRole("link", { name: /海尔案例/ })
    .click();
  await expect(t.locator("[data-student='s04']")).toContainText("已批改");
  await teacher.close();
});

test("the teacher changes an assignment's due time, extends it for one student, and deletes it", async ({
  browser,
}) => {
  // A school in China: the browser shows and takes Beijing time, as the server writes it.
  const teacher = await browser.newContext({ storageState: storageStateFor("teacher"), timezoneId: "Asia/Shanghai" });
  const t = await teacher.newPage();
  await t.goto("/teacher");
  const cls = t.getByRole("region", { name: "23电商1班" });
  const assign = async () => {
    await cls.getByRole("combobox", { name: "课程" }).selectOption({ label: "电话客服与其他网络客服" });
    await cls.getByLabel("截止时间").fill("2030-06-01T08:00");
    await cls.getByRole("button", { name: "布置作业" }).click();
  };
  await assign();
  await expect(cls.getByText("已布置《电话客服与其他网络客服》。")).toBeVisible();
  // The same lesson again: a warning first, with what is already there.
  await assign();
  await expect(cls.getByText(/这个班已经布置过《电话客服与其他网络客服》（截止 2030\/6\/1 08:00:00）/)).toBeVisible();
  await expect(cls.getByLabel("我已确认，仍然布置")).toBeVisible();

  await cls.getByRole("link", { name: /电话客服与其他网络客服/ }).click();
  await expect(t).toHaveURL(/\/teacher\/assignments\//);
  const settings = t.getByTestId("assignment-settings");
  await settings.getByText("作业设置").click();
  const times = settings.getByRole("form", { name: "修改截止时间" });
  await expect(times.getByLabel("截止时间")).toHaveValue("2030-06-01T08:00");
  await times.getByLabel("截止时间").fill("2030-06-02T08:00");
  await times.getByRole("button", { name: "保存设置" }).click();
  await expect(times.getByText("已保存：截止时间 2030/6/2 08:00:00。")).toBeVisible();

  const extend = settings.getByRole("form", { name: "个别同学延期" });
  await extend.getByLabel("学生").selectOption({ label: "王雨涵（s01）" });
  await extend.getByLabel("延期到").fill("2030-07-01T08:00");
  await extend.getByRole("button", { name: "延期" }).click();
  await expect(extend.getByText("已为王雨涵延期到 2030/7/1 08:00:00。")).toBeVisible();
  await expect(settings.getByRole("list", { name: "已延期的同学" })).toContainText(
    "王雨涵（s01）：截止 2030/7/1 08:00:00",
  );

  const student = await browser.newContext({ storageState: storageStateFor("s01"), timezoneId: "Asia/Shanghai" });
  const s = await student.newPage();
  await s.goto("/student");
  await expect(s.locator("[data-assignment='phone-and-online-channels']").first()).toContainText("已延期");
  await s.goto("/lessons/phone-and-online-channels");
  await expect(s.getByTestId("lesson-status")).toContainText("7/1 08:00");
  await expect(s.getByTestId("lesson-status")).toContainText("老师为你延期了");

  const remove = settings.getByRole("form", { name: "删除这份作业" });
  await expect(remove).toContainText("还没有学生交。");
  await remove.getByRole("button", { name: "删除作业" }).click();
  await expect(remove.getByText(/请先勾选“我已确认”/)).toBeVisible();
  await remove.getByLabel("我已确认，删除这份作业").check();
  await remove.getByRole("button", { name: "删除作业" }).click();
  await expect(t).toHaveURL("/teacher");
  await expect(
    t.getByRole("region", { name: "23电商1班" }).getByRole("link", { name: /电话客服与其他网络客服/ }),
  ).toHaveCount(0);
  await s.goto("/student");
  await expect(s.locator("[data-assignment='phone-and-online-channels']")).toHaveCount(0);
  await student.close();
  await teacher.close();
});
