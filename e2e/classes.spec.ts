import { expect, test } from "@playwright/test";
import { createSignedInAccount, login, storageStateFor } from "./helpers";

test("a teacher creates a class, imports a roster with a preview, prints slips, and a student uses one", async ({
  browser,
}) => {
  const teacher = await browser.newContext({ storageState: storageStateFor("teacher") });
  const t = await teacher.newPage();
  await t.goto("/teacher");
  const form = t.getByRole("form", { name: "新建班级" });
  await form.getByLabel("班级名称").fill("24电商2班");
  await form.getByRole("button", { name: "新建班级" }).click();
  await expect(form.getByText("已创建班级“24电商2班”。")).toBeVisible();

  const cls = t.getByRole("region", { name: "24电商2班" });
  await cls.getByRole("link", { name: "导入名单" }).click();
  await expect(t.getByRole("heading", { level: 1 })).toContainText("24电商2班");
  await t
    .getByLabel("名单内容")
    .fill(
      "班级,学号,姓名\n24电商2班,2024020101,赵一鸣\n24电商2班,2024020102,钱多多\n24电商2班,2024020102,钱多多\n24电商2班,2024020104,",
    );
  await expect(t.getByRole("heading", { name: /预览：4 行，2 行可以导入，2 行有问题/ })).toBeVisible();
  await expect(t.locator("[data-line='4']")).toContainText("学号与第 3 行重复");
  await expect(t.locator("[data-line='5']")).toContainText("姓名为空");
  await t.getByRole("button", { name: "导入 2 名学生" }).click();
  const slips = t.getByTestId("login-slips");
  await expect(slips.locator("[data-slip]")).toHaveCount(2);
  const slip = slips.locator("[data-slip='2024020101']");
  await expect(slip).toContainText("赵一鸣");
  const password = (await slip.locator(".font-mono.text-base").innerText()).trim();
  expect(password).toMatch(/^[a-z2-9]{8}$/);

  await t.goto("/teacher");
  await expect(t.getByRole("region", { name: "24电商2班" })).toContainText("2 名学生");
  const code = (
    await t.getByRole("region", { name: "24电商2班" }).locator(".font-mono.font-semibold").first().innerText()
  ).trim();
  await teacher.close();

  const newcomer = await browser.newContext();
  const n = await newcomer.newPage();
  await login(n, "2024020101", password);
  await expect(n).toHaveURL("/change-password");
  await newcomer.close();

  const joining = await browser.newContext({ storageState: storageStateFor("s01") });
  const s = await joining.newPage();
  await s.goto("/student");
  const join = s.getByRole("form", { name: "加入班级" });
  await join.getByLabel("班级码").fill("ZZZZZZ");
  await join.getByRole("button", { name: "加入班级" }).click();
  await expect(join.getByText("没有找到这个班级码")).toBeVisible();
  await join.getByLabel("班级码").fill(code.toLowerCase());
  await join.getByRole("button", { name: "加入班级" }).click();
  await expect(join.getByText("已加入“24电商2班”。")).toBeVisible();
  await expect(s.getByRole("region", { name: "我的班级" })).toContainText("24电商2班");
  await joining.close();
});

test("a student cannot open another class's roster page", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateFor("s01") });
  const page = await context.newPage();
  expect((await page.goto("/teacher/classes/whatever/roster"))?.status()).toBe(404);
  await context.close();
});

test("an Excel (.xlsx) roster is read into the same preview", async ({ browser }) => {
  const ExcelJS = (await import("exceljs")).default;
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("名单");
  sheet.addRow(["班级", "学号", "姓名"]);
  sheet.addRow(["23电商1班", "2023019901", "孙表格"]);
  sheet.addRow(["23电商1班", "2023019902", ""]);
  const buffer = Buffer.from(await book.xlsx.writeBuffer());

  const teacher = await browser.newContext({ storageState: storageStateFor("teacher") });
  const t = await teacher.newPage();
  await t.goto("/teacher");
  await t.getByRole("region", { name: "23电商1班" }).getByRole("link", { name: "导入名单" }).click();
  await t.getByLabel(/选择名单文件/).setInputFiles({
    name: "名单.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer,
  });
  await expect(t.getByRole("heading", { name: /预览：2 行，1 行可以导入，1 行有问题/ })).toBeVisible();
  await expect(t.locator("[data-line='2']")).toContainText("孙表格");
  await expect(t.locator("[data-line='3']")).toContainText("姓名为空");
  await teacher.close();
});

test("a group shares one answer to the group exercise: members see and edit the same text", async ({ browser }) => {
  const teacher = await browser.newContext({ storageState: storageStateFor("teacher") });
  const t = await teacher.newPage();
  await t.goto("/teacher");
  await t.getByRole("region", { name: "23电商1班" }).getByRole("link", { name: "分组" }).click();
  const form = t.getByRole("form", { name: "新建小组" });
  await form.getByLabel("王雨涵").check();
  await form.getByRole("button", { name: "建立小组" }).click();
  await expect(form.getByText("每组 2–6 人。")).toBeVisible();
  await form.getByLabel("张思琪").check();
  await form.getByLabel("王雨涵").check();
  await form.getByRole("button", { name: "建立小组" }).click();
  await expect(t.locator("[data-group='第1组']")).toContainText("王雨涵、张思琪");
  await teacher.close();

  const first = await browser.newContext({ storageState: storageStateFor("s01") });
  const a = await first.newPage();
  await a.goto("/lessons/cs-handbook-project");
  const handbookA = a.locator("[data-exercise='hb-handbook']");
  await expect(handbookA.getByTestId("group-note")).toContainText("第1组（王雨涵、张思琪）");
  await handbookA.getByRole("textbox").first().fill("我们组的店卖手工皂。");
  await expect(handbookA.getByTestId("entry-status")).toHaveText("已保存");

  const second = await browser.newContext();
  const b = await second.newPage();
  await login(b, "s03");
  await expect(b).toHaveURL("/student");
  await b.goto("/lessons/cs-handbook-project");
  const handbookB = b.locator("[data-exercise='hb-handbook']");
  await expect(handbookB.getByRole("textbox").first()).toHaveValue("我们组的店卖手工皂。");
  await handbookB.getByRole("textbox").first().fill("我们组的店卖手工皂和香薰。");
  await expect(handbookB.getByTestId("entry-status")).toHaveText("已保存");

  await a.reload();
  await expect(a.locator("[data-exercise='hb-handbook']").getByRole("textbox").first()).toHaveValue(
    "我们组的店卖手工皂和香薰。",
  );

  // One member hands in the group work: the whole group's work is in.
  await b.getByRole("button", { name: "提交", exact: true }).click();
  await b.getByRole("button", { name: "确认提交" }).click();
  await expect(b.getByTestId("submission-receipt")).toContainText("第 1 次");
  await a.reload();
  await expect(a.getByTestId("submission-receipt")).toContainText("第 1 次");
  await expect(a.locator("[data-exercise='hb-handbook']").getByRole("textbox").first()).toBeDisabled();
  await first.close();
  await second.close();
});

test("a roster cannot pull in an existing account that is not already the teacher's student: they are told to join with the code", async ({
  browser,
}) => {
  const { context, page } = await createSignedInAccount(browser, {
    username: "t2026import",
    name: "外班老师",
    role: "教师",
  });
  await page.goto("/teacher");
  const form = page.getByRole("form", { name: "新建班级" });
  await form.getByLabel("班级名称").fill("外班");
  await form.getByRole("button", { name: "新建班级" }).click();
  await page.getByRole("region", { name: "外班" }).getByRole("link", { name: "导入名单" }).click();
  await page.getByLabel("名单内容").fill("班级,学号,姓名\n外班,s01,王小雨\n外班,2024990001,新同学");
  // The preview already says so: s01 is not this teacher's student, so only the new one is imported;
  // the name on her account differs, which is said without showing it to a teacher not hers.
  await expect(page.getByRole("heading", { name: /预览：2 行，1 行可以导入，1 行已有账号（不会导入）/ })).toBeVisible();
  await expect(page.locator("[data-line='2']")).toContainText("已有账号，不能由名单导入，请让他登录后用班级码加入");
  await expect(page.locator("[data-line='2']")).toContainText("系统里这个学号的姓名与名单不一致，学号可能填错了");
  await expect(page.locator("[data-line='2']")).not.toContainText("王雨涵");
  await page.getByRole("button", { name: "导入 1 名学生" }).click();
  await expect(
    page.getByText(/已导入 1 名学生，跳过 1 行。其中 s01 已有账号，请让他们登录后用班级码 [A-Z0-9]{6} 加入/),
  ).toBeVisible();
  await expect(page.getByTestId("login-slips").locator("[data-slip]")).toHaveCount(1);
  await context.close();
});

test("a teacher resets a student's password and prints a new login slip; the old password stops working", async ({
  browser,
}) => {
  const teacher = await browser.newContext({ storageState: storageStateFor("teacher") });
  const t = await teacher.newPage();
  await t.goto("/teacher");
  const form = t.getByRole("form", { name: "新建班级" });
  await form.getByLabel("班级名称").fill("重置密码班");
  await form.getByRole("button", { name: "新建班级" }).click();
  await t.getByRole("region", { name: "重置密码班" }).getByRole("link", { name: "导入名单" }).click();
  await t.getByLabel("名单内容").fill("学号,姓名\n2024030101,孙一\n2024030102,周二");
  await t.getByRole("button", { name: "导入 2 名学生" }).click();
  const first = (
    await t.getByTestId("login-slips").locator("[data-slip='2024030101'] .font-mono.text-base").innerText()
  ).trim();

  await t.reload();
  const reissue = t.getByRole("form", { name: "重置密码并重新打印登录条" });
  await reissue.getByLabel(/孙一/).check();
  t.once("dialog", (d) => void d.accept());
  await reissue.getByRole("button", { name: "重置密码并打印登录条（1 人）" }).click();
  const slips = t.getByTestId("login-slips");
  await expect(slips.locator("[data-slip]")).toHaveCount(1);
  const second = (await slips.locator("[data-slip='2024030101'] .font-mono.text-base").innerText()).trim();
  expect(second).toMatch(/^[a-z2-9]{8}$/);
  expect(second).not.toBe(first);
  // Printed, the sheet is the slips alone: no site header or footer.
  await t.emulateMedia({ media: "print" });
  await expect(t.getByRole("banner")).toBeHidden();
  await expect(t.getByRole("contentinfo")).toBeHidden();
  await expect(slips).toBeVisible();
  await expect(t.getByLabel("名单内容")).toBeHidden();
  await teacher.close();

  const student = await browser.newContext();
  const s = await student.newPage();
  await login(s, "2024030101", first);
  await expect(s.locator("form [role=alert]")).toHaveText("账号或密码不正确，请重新输入。");
  await login(s, "2024030101", second);
  await expect(s).toHaveURL("/change-password");
  await student.close();
});

test("a class name is used once per teacher; a class can be renamed, given a term and a student taken out", async ({
  browser,
}) => {
  const teacher = await browser.newContext({ storageState: storageStateFor("teacher") });
  const t = await teacher.newPage();
  await t.goto("/teacher");
  const form = t.getByRole("form", { name: "新建班级" });
  await form.getByLabel("班级名称").fill("改名班");
  await form.getByRole("button", { name: "新建班级" }).click();
  await expect(form.getByText("已创建班级“改名班”。")).toBeVisible();
  await expect(form.getByLabel("班级名称")).toHaveValue("");
  await form.getByLabel("班级名称").fill(" 改名班");
  await form.getByRole("button", { name: "新建班级" }).click();
  await expect(form.getByText(/你已经有一个叫“改名班”的班级了/)).toBeVisible();
  await expect(form.getByLabel("班级名称")).toHaveValue(" 改名班");

  await t.getByRole("region", { name: "改名班" }).getByRole("link", { name: "导入名单" }).click();
  await t.getByLabel("名单内容").fill("学号,姓名\n2024040101,吴三");
  await t.getByRole("button", { name: "导入 1 名学生" }).click();
  await expect(t.getByTestId("login-slips").locator("[data-slip]")).toHaveCount(1);
  await t.reload();

  const settings = t.getByRole("form", { name: "班级名称和学期" });
  await settings.getByLabel("班级名称").fill("改名班（下学期）");
  await settings.getByLabel("学期").selectOption({ index: 4 });
  const term = await settings.getByLabel("学期").inputValue();
  expect(term).toMatch(/^\d{4}—\d{4} 学年第[一二]学期$/);
  await settings.getByRole("button", { name: "保存" }).click();
  await expect(settings.getByText(`已保存：改名班（下学期）（${term}）。`)).toBeVisible();

  const students = t.getByRole("list", { name: "本班学生" });
  await students.locator("[data-student='2024040101']").getByRole("button", { name: "移出班级" }).click();
  await expect(t.getByRole("list", { name: "本班学生" })).toHaveCount(0);
  await t.goto("/teacher");
  await expect(t.getByRole("region", { name: "改名班（下学期）" })).toContainText("0 名学生");
  await expect(t.getByRole("region", { name: "改名班（下学期）" })).toContainText(term);
  await teacher.close();
});
