import { expect, test, type Page } from "@playwright/test";
import { haierCaseExercises } from "../content/exercises/haier-case";
import { createPrismaClient, type Db } from "../lib/db-client";
import { addSession, signIn, startInstance, testDatabaseUrl, type Instance } from "./durability/server";
import { actionNamed, callAction, type ActionArg } from "./security/server-actions";

// The review screen graded as a teacher does it at the end of a lesson: five submissions of the
// haier-case worksheet (three hand-scored tables each), by keyboard alone, at 1920×1080. Every score
// field sits beside the answer it scores (both in view, no scrolling by hand), and the whole of one
// student — three scores, a 评语库 comment, finish and open the next — takes at most 12 key presses.

const PORT = 3160;
const DB = testDatabaseUrl("review-keys");
const EXERCISES = ["haier-t1-1", "haier-t1-2", "haier-t1-3"] as const;
const TITLES = EXERCISES.map((id) => haierCaseExercises.find((e) => e.id === id)!.title);
const STUDENTS = ["s01", "s02", "s03", "s04", "s05"] as const;
const BANK = "表格填写完整，继续保持。";

let server: Instance;
let db: Db;
const cookies: Record<string, string> = {};
const submissionOf: Record<string, string> = {};

async function act(as: string, name: string, args: ActionArg[]) {
  const reply = await callAction(server.base, actionNamed(name), args, cookies[as]!);
  expect(reply.text, `${name}: ${reply.text.slice(0, 300)}`).not.toContain('"ok":false');
}

async function submitAs(username: string) {
  const put = (exercise: string, value: unknown) =>
    fetch(`${server.base}/api/work/haier-case/answers/${exercise}`, {
      method: "PUT",
      headers: { "content-type": "application/json", origin: server.base, cookie: cookies[username]! },
      body: JSON.stringify({ value, baseVersion: 0 }),
    });
  const rows = ["真诚到永远", "", `${username} 查到的服务项目`, "海尔智家", ""].map((content) => ({ content }));
  const saved = await put("haier-t1-1", { rows });
  expect(saved.status, await saved.clone().text()).toBe(200);
  const submit = await fetch(`${server.base}/api/work/haier-case/submit`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: server.base, cookie: cookies[username]! },
    body: JSON.stringify({ idempotencyKey: `review-keys-${username}-0001` }),
  });
  expect(submit.status).toBe(200);
}

/** Puts every demo submission back to 待批改 with no review. */
async function resetReviews() {
  await db.exerciseReview.deleteMany({});
  await db.submission.updateMany({ data: { status: "SUBMITTED", score: null, comment: "", gradedAt: null } });
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  server = await startInstance(PORT, DB, { fresh: true });
  db = createPrismaClient(DB);
  for (const u of ["teacher", ...STUDENTS]) cookies[u] = await signIn(server.base, u);
  // s04 and s05 handed in with the demo school; the other three hand in now.
  for (const u of ["s01", "s02", "s03"]) await submitAs(u);
  for (const u of STUDENTS) {
    submissionOf[u] = (
      await db.submission.findFirstOrThrow({
        where: { lessonSlug: "haier-case", user: { username: u } },
        select: { id: true },
      })
    ).id;
  }
  await act("teacher", "saveToCommentBank", [BANK]);
});

test.afterAll(async () => {
  await db?.$disconnect();
  await server?.stop();
});

/** The focused element's score field index, and whether it and the top of its answer are on screen. */
async function focusState(page: Page) {
  return page.evaluate(() => {
    const field = document.activeElement as HTMLElement | null;
    const section = field?.closest<HTMLElement>("[data-review-exercise]");
    const answer = section?.querySelector<HTMLElement>("[data-exercise]");
    const inView = (el: Element | null | undefined) => {
      if (!el) return false;
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    };
    const answerTop = answer?.getBoundingClientRect().top ?? -1;
    return {
      label: field?.getAttribute("aria-label") ?? field?.tagName ?? "",
      fieldInView: inView(field),
      answerTopInView: answerTop >= 0 && answerTop < window.innerHeight,
    };
  });
}

test("five submissions graded by keyboard alone: ≤ 12 key presses each, every answer beside its score", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  await resetReviews();
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  await addSession(context, server.base, cookies.teacher!);
  const page = await context.newPage();
  await page.goto(`${server.base}/teacher/submissions/${submissionOf.s01}`);

  let presses = 0;
  const press = async (key: string) => {
    presses++;
    await page.keyboard.press(key);
  };
  const scores: Record<string, number[]> = {
    s01: [8, 9, 7],
    s02: [10, 6, 9],
    s03: [5, 10, 10],
    s04: [9, 9, 8],
    s05: [3, 2, 4],
  };
  const perStudent: number[] = [];
  for (const u of STUDENTS) {
    await expect(page).toHaveURL(new RegExp(submissionOf[u]!));
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`（${u}）`);
    const before = presses;
    for (const [i, score] of scores[u]!.entries()) {
      // The review opens on the first unscored part; Enter goes on to the next one.
      await expect.poll(() => focusState(page).then((s) => s.label)).toBe(`“${TITLES[i]}”的得分`);
      const state = await focusState(page);
      expect(state.fieldInView, `${u} ${EXERCISES[i]}: score field on screen`).toBe(true);
      expect(state.answerTopInView, `${u} ${EXERCISES[i]}: its answer on screen beside it`).toBe(true);
      for (const digit of String(score)) await press(digit);
      await press("Enter");
    }
    await expect(page.getByLabel("总评")).toBeFocused();
    await press("Alt+1");
    await expect(page.getByLabel("总评")).toHaveValue(BANK);
    await press("Control+Enter");
    perStudent.push(presses - before);
    if (u !== "s05") await expect(page).not.toHaveURL(new RegExp(submissionOf[u]!));
  }
  const total = scores.s05!.reduce((a, b) => a + b, 0);
  await expect(page.getByRole("status").filter({ hasText: `批改完成，总分 ${total}` })).toBeVisible();
  console.info(`review by keyboard: key presses per student ${perStudent.join(", ")}; mouse travel 0 px`);
  for (const n of perStudent) expect(n).toBeLessThanOrEqual(12);

  for (const u of STUDENTS) {
    const saved = await db.submission.findUniqueOrThrow({
      where: { id: submissionOf[u] },
      select: { status: true, score: true, comment: true, reviews: { select: { exerciseId: true, score: true } } },
    });
    expect(saved.status, u).toBe("GRADED");
    expect(saved.comment).toBe(BANK);
    expect(Object.fromEntries(saved.reviews.map((r) => [r.exerciseId, r.score]))).toEqual(
      Object.fromEntries(EXERCISES.map((e, i) => [e, scores[u]![i]])),
    );
    expect(saved.score).toBe(scores[u]!.reduce((a, b) => a + b, 0));
  }
  await context.close();
});

test("the 只看未批改 queue: J / K skip students already graded", async ({ browser }) => {
  await resetReviews();
  // s02 and s04 are graded already.
  for (const u of ["s02", "s04"])
    await act("teacher", "reviewSubmission", [
      {
        submissionId: submissionOf[u],
        decision: "grade",
        comment: "",
        exercises: EXERCISES.map((exerciseId) => ({ exerciseId, score: 5, comment: "" })),
      },
    ]);
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  await addSession(context, server.base, cookies.teacher!);
  const page = await context.newPage();
  await page.goto(`${server.base}/teacher/submissions/${submissionOf.s01}`);
  await page.getByRole("link", { name: /只看未批改（3 份）/ }).click();
  await expect(page).toHaveURL(/queue=ungraded/);
  await page.locator("h1").click();
  await page.keyboard.press("j");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("（s03）");
  await page.locator("h1").click();
  await page.keyboard.press("j");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("（s05）");
  await page.locator("h1").click();
  await page.keyboard.press("k");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("（s03）");
  // Outside the queue, J goes to every student in 学号 order.
  await page.getByRole("link", { name: "看全部" }).click();
  await page.locator("h1").click();
  await page.keyboard.press("j");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("（s04）");
  await context.close();
});

test("on a phone each exercise's score follows its own answer", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  await addSession(context, server.base, cookies.teacher!);
  const page = await context.newPage();
  await page.goto(`${server.base}/teacher/submissions/${submissionOf.s05}`);
  const tops = await page.evaluate(
    (titles) =>
      titles.map((title) => {
        const score = document.querySelector(`[aria-label="“${title}”的得分"]`)!;
        const answer = score.closest("[data-review-exercise]")!.querySelector("[data-exercise]")!;
        return { answer: answer.getBoundingClientRect().top, score: score.getBoundingClientRect().top };
      }),
    TITLES,
  );
  for (const [i, t] of tops.entries()) {
    expect(t.score, `score ${i} below its answer`).toBeGreaterThan(t.answer);
    if (tops[i + 1]) expect(t.score, `score ${i} above the next answer`).toBeLessThan(tops[i + 1]!.answer);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await context.close();
});
