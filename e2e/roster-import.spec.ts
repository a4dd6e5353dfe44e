import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { horizontalOverflow, storageStateFor } from "./helpers";

// Roster files as schools send them, through the real page: a 教务系统 export with a title above
// the header, a CSV with a stray quote, an empty file and a legacy .xls, and a 学号 that already
// belongs to one of the teacher's students under another name.

const SHOTS = process.env.ROSTER_SHOTS; // a folder to keep screenshots of the preview in, when set

async function newClass(page: Page, name: string) {
  await page.goto("/teacher");
  const form = page.getByRole("form", { name: "新建班级" });
  await form.getByLabel("班级名称").fill(name);
  await form.getByRole("button", { name: "新建班级" }).click();
  await expect(form.getByText(`已创建班级“${name}”。`)).toBeVisible();
  await page.getByRole("region", { name }).getByRole("link", { name: "导入名单" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
}

async function titledExport(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("学生名单");
  sheet.getCell("A1").value = "2026级电商3班学生名单";
  sheet.mergeCells("A1:D1");
  sheet.getRow(2).values = ["导出时间：2026-09-01"];
  sheet.getRow(3).values = ["序号", "学号", "姓名", "性别"];
  sheet.getRow(4).values = [1, 2026030101, "陈一", "男"];
  sheet.getRow(5).values = [2, { formula: "B4+1", result: 2026030102 }, "林二", "女"];
  sheet.getRow(7).values = [3, 2026030103, "", "男"];
  sheet.getRow(8).values = [4, 2026030104, "黄四", "女"];
  return Buffer.from(await book.xlsx.writeBuffer());
}

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

test("a 教务系统 export with a title row previews its students by Excel row; a stray quote swallows nothing; empty and .xls files are explained", async ({
  browser,
}) => {
  const context = await browser.newContext({ storageState: storageStateFor("teacher") });
  const t = await context.newPage();
  await newClass(t, "2026级电商3班");
  const file = t.getByLabel(/选择名单文件/);

  await file.setInputFiles({ name: "学生名单.xlsx", mimeType: XLSX, buffer: await titledExport() });
  await expect(t.getByRole("heading", { name: /预览：4 行，3 行可以导入，1 行有问题（不会导入）/ })).toBeVisible();
  await expect(t.getByTestId("header-line")).toContainText("表头在第 3 行，上面的 2 行（标题等）不导入");
  await expect(t.locator("[data-line='5']")).toContainText("2026030102");
  await expect(t.locator("[data-line='7']")).toContainText("不导入：姓名为空");
  await expect(t.getByRole("list", { name: "不会导入的行" })).toHaveText("第 7 行：姓名为空");
  await expect(t.getByRole("button", { name: "导入 3 名学生" })).toBeEnabled();
  for (const width of [390, 1280]) {
    await t.setViewportSize({ width, height: 900 });
    expect(await horizontalOverflow(t), `sideways scrolling at ${width} px`).toBe(0);
    if (SHOTS) await t.screenshot({ path: `${SHOTS}/roster-title-${width}.png`, fullPage: true });
  }

  // 12 students, a quote opened on one row and closed three rows later.
  const rows = Array.from({ length: 12 }, (_, i) => {
    const n = i + 1;
    return `2026${String(n).padStart(6, "0")},${n === 4 ? '"孙小' : n === 7 ? '周七"' : `学生${n}`}`;
  });
  await file.setInputFiles({
    name: "名单.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(["学号,姓名", ...rows].join("\n")),
  });
  await expect(t.getByRole("heading", { name: /预览：12 行，10 行可以导入，2 行有问题/ })).toBeVisible();
  await expect(t.getByRole("list", { name: "不会导入的行" }).getByRole("listitem")).toHaveText([
    '第 5 行：姓名里有多余的英文引号（"），请删去后再导入',
    '第 8 行：姓名里有多余的英文引号（"），请删去后再导入',
  ]);

  await file.setInputFiles({ name: "空.csv", mimeType: "text/csv", buffer: Buffer.alloc(0) });
  await expect(t.getByRole("alert").filter({ hasText: "“空.csv”是空文件" })).toBeVisible();
  const xls = Buffer.alloc(2048);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(xls);
  await file.setInputFiles({ name: "名单.xls", mimeType: "application/vnd.ms-excel", buffer: xls });
  await expect(t.getByRole("alert").filter({ hasText: "请在 Excel 里另存为 .xlsx 或 .csv 再导入" })).toBeVisible();

  // Many 教务系统 save a web page under the name .xls: its table is read.
  const page =
    "<html><body><table><tr><td colspan=2>2026级电商3班</td></tr><tr><th>学号</th><th>姓名</th></tr>" +
    "<tr><td>2026030201</td><td>吴五<script>document.title='x'</script></td></tr></table></body></html>";
  await file.setInputFiles({ name: "导出.xls", mimeType: "application/vnd.ms-excel", buffer: Buffer.from(page) });
  await expect(t.getByRole("heading", { name: /预览：1 行，1 行可以导入/ })).toBeVisible();
  await expect(t.getByTestId("header-line")).toContainText("表头在第 2 行");
  await expect(t.locator("[data-line='3']")).toContainText("2026030201吴五✓ 新建账号");

  await t.getByLabel("名单内容").fill("2026级电商3班\n\n\n");
  await expect(t.getByRole("alert").filter({ hasText: "前 10 行里没有找到表头" })).toBeVisible();
  await context.close();
});

test("a 学号 of the teacher's own student under another name is flagged with both names and enrolled only once confirmed", async ({
  browser,
}) => {
  const context = await browser.newContext({ storageState: storageStateFor("teacher") });
  const t = await context.newPage();
  await newClass(t, "选修客服班");
  // s01 is 王雨涵 in the teacher's 23电商1班; the list has a typo in her name (or her 学号 is wrong).
  await t.getByLabel("名单内容").fill("学号,姓名\ns01,王语涵\ns03,张思琪\n2026990101,新同学");
  const warning = t.locator("[data-mismatch='s01']");
  await expect(warning).toContainText("系统里学号 s01 是“王雨涵”，名单上是“王语涵”");
  await expect(
    t.getByRole("heading", { name: /预览：3 行，2 行可以导入，1 行姓名不一致（确认后才导入）/ }),
  ).toBeVisible();
  await expect(t.getByRole("list", { name: "不会导入的行" })).toContainText(
    "第 2 行：姓名与系统里的“王雨涵”不一致，需要确认",
  );
  for (const width of [390, 1280]) {
    await t.setViewportSize({ width, height: 900 });
    expect(await horizontalOverflow(t), `sideways scrolling at ${width} px`).toBe(0);
    if (SHOTS) await t.screenshot({ path: `${SHOTS}/roster-mismatch-${width}.png`, fullPage: true });
  }
  await expect(t.getByRole("button", { name: "导入 2 名学生" })).toBeEnabled();
  await warning.getByLabel(/确认是同一人，把“王雨涵”加入本班/).check();
  await t.getByRole("button", { name: "导入 3 名学生" }).click();
  await expect(t.getByText("已导入 3 名学生。")).toBeVisible();
  await expect(t.locator("[data-slip='s01']")).toContainText("王雨涵");
  await expect(t.locator("[data-slip='s01']")).toContainText("已有账号，用原密码登录");

  // Left unconfirmed, the row stays out of the import, and the result names it with the reason.
  await newClass(t, "选修客服二班");
  await t.getByLabel("名单内容").fill("学号,姓名\ns01,王语涵\n2026990102,新同学二");
  await expect(t.getByRole("button", { name: "导入 1 名学生" })).toBeEnabled();
  await t.getByRole("button", { name: "导入 1 名学生" }).click();
  await expect(t.getByText("已导入 1 名学生，跳过 1 行。")).toBeVisible();
  await expect(t.getByRole("list", { name: "没有导入的行" })).toHaveText(
    "第 2 行：系统里这个学号的姓名是“王雨涵”，与名单不一致，没有确认",
  );
  await context.close();
});
