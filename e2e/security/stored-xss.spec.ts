import { expect, test, type Browser, type Page } from "@playwright/test";
import { planInputs } from "../../content/plans";
import { createPrismaClient, type Db } from "../../lib/db-client";
import { starterLevels } from "../../lib/rubrics/levels";
import { addSession, signIn, startInstance, testDatabaseUrl, type Instance } from "../durability/server";
import { actionNamed, callAction, type ActionArg } from "./server-actions";

// RELIABILITY cases 7 and 11: a corpus of script-injection strings is written through every place
// a user types — answer cells, chat replies, overall / per-exercise / per-cell comments, the comment
// bank, rubric levels, plan fields, class, group, roster and account names — and every view that
// shows them is opened as the student, the teacher and the admin. Nothing runs (no dialog, no
// marker set, no event-handler attribute, no javascript: link, no iframe), and the text is shown
// as text.

const PORT = 3153;
const DB = testDatabaseUrl("stored-xss");

const X = {
  script: "<script>window.__xss=1</script>",
  img: '<img src=x onerror="window.__xss=1">',
  svg: "<svg onload=alert()>",
  iframe: '<iframe src="javascript:alert(1)"></iframe>',
  close: "</textarea><script>alert(1)</script>",
  jsx: "{process.env.NEXTAUTH_SECRET}",
  md: '[点我](javascript:alert(1)) <a href="javascript:alert(1)">链接</a>',
};

let server: Instance;
let db: Db;
const cookies: Record<"teacher" | "student" | "admin", string> = { teacher: "", student: "", admin: "" };
const ids = { classA: "", haierAssignment: "", haierSubmission: "", chatSubmission: "", plan: "" };

async function act(as: keyof typeof cookies, name: string, args: ActionArg[]) {
  const reply = await callAction(server.base, actionNamed(name), args, cookies[as]);
  expect(reply.text, `${name}: ${reply.text.slice(0, 300)}`).not.toContain('"ok":false');
}

async function api(method: "PUT" | "POST", path: string, body: unknown) {
  const res = await fetch(`${server.base}${path}`, {
    method,
    headers: { "content-type": "application/json", origin: server.base, cookie: cookies.student },
    body: JSON.stringify(body),
  });
  expect(res.status, `${method} ${path}: ${await res.clone().text()}`).toBe(200);
  return res.json() as Promise<Record<string, unknown>>;
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  server = await startInstance(PORT, DB, { fresh: true });
  db = createPrismaClient(DB);
  cookies.teacher = await signIn(server.base, "teacher");
  cookies.student = await signIn(server.base, "s01");
  cookies.admin = await signIn(server.base, "admin");
  const teacher = await db.user.findUniqueOrThrow({ where: { username: "teacher" }, select: { id: true } });
  ids.classA = (await db.class.findFirstOrThrow({ where: { teacherId: teacher.id }, select: { id: true } })).id;
  ids.haierAssignment = (
    await db.assignment.findFirstOrThrow({ where: { lessonSlug: "haier-case" }, select: { id: true } })
  ).id;
  const s = await db.user.findMany({ where: { username: { in: ["s02", "s03"] } }, select: { id: true } });

  // Teacher-typed names.
  await act("teacher", "createClass", [null, { form: { name: X.img, term: "" } }]);
  // 学期 is chosen from a list now; a term stored as free text before that is still shown as text.
  await db.class.updateMany({ where: { teacherId: teacher.id, id: { not: ids.classA } }, data: { term: X.svg } });
  await act("teacher", "importRoster", [{ classId: ids.classA, csv: `学号,姓名\nx-xss1,${X.svg}\n` }]);
  await act("teacher", "createGroup", [
    null,
    { form: { classId: ids.classA, name: X.svg, studentIds: s.map((u) => u.id) } },
  ]);
  await act("teacher", "createAssignment", [
    null,
    {
      form: {
        classId: ids.classA,
        lessonSlug: "sales-stage-skills",
        dueAt: "2030-01-01T10:00:00+08:00",
        cutoffAt: "",
        confirm: "yes",
      },
    },
  ]);
  await act("teacher", "saveRubric", [
    {
      exerciseId: "haier-t1-1",
      levels: starterLevels(10).map((l, i) =>
        i === 0 ? { ...l, label: X.svg, description: `${X.script} ${X.img}` } : l,
      ),
    },
  ]);
  await act("teacher", "saveToCommentBank", [`${X.svg}${X.script}`]);
  await act("admin", "createUser", [null, { form: { username: "x-xss2", name: X.svg, role: "STUDENT", email: "" } }]);

  // Student-typed answers: table cells and chat replies, then submitted.
  const rows = [X.script, X.img, X.iframe, X.close, `${X.jsx} ${X.md}`].map((content) => ({ content }));
  await api("PUT", "/api/work/haier-case/answers/haier-t1-1", { value: { rows }, baseVersion: 0 });
  await api("POST", "/api/work/haier-case/submit", { idempotencyKey: "xss-haier-000001" });
  await api("PUT", "/api/work/sales-stage-skills/answers/ss-presale-chat", {
    value: { replies: [X.svg, X.script, X.img, X.jsx] },
    baseVersion: 0,
  });
  await api("POST", "/api/work/sales-stage-skills/submit", { idempotencyKey: "xss-chat-0000001" });
  const submitted = async (lessonSlug: string) =>
    (await db.submission.findFirstOrThrow({ where: { lessonSlug, user: { username: "s01" } }, select: { id: true } }))
      .id;
  ids.haierSubmission = await submitted("haier-case");
  ids.chatSubmission = await submitted("sales-stage-skills");

  // Teacher's comments on the haier-case work: overall, per exercise, per cell.
  await act("teacher", "reviewSubmission", [
    {
      submissionId: ids.haierSubmission,
      decision: "grade",
      comment: X.img,
      exercises: [
        { exerciseId: "haier-t1-1", score: 5, comment: `${X.script} ${X.md}`, cells: { "0:content": X.iframe } },
      ],
    },
  ]);

  // A plan whose fields carry the corpus.
  const plan = planInputs["task-1-customers-and-service"]!;
  const data = JSON.stringify(plan);
  ids.plan = (
    await db.teacherPlan.create({
      data: { ownerId: teacher.id, title: plan.title, data, version: 1, versions: { create: { version: 1, data } } },
      select: { id: true },
    })
  ).id;
  const phases = plan.phases.map((p, i) =>
    i === 0 ? { ...p, teacher: `${X.iframe}\n\n${X.md}`, student: X.script } : p,
  );
  await act("teacher", "savePlan", [
    {
      id: ids.plan,
      baseVersion: 1,
      plan: { ...plan, title: X.img.slice(0, 30), content: `${X.md}\n\n${X.script}`, reflection: X.jsx, phases },
    },
  ]);
});

test.afterAll(async () => {
  await db?.$disconnect();
  await server?.stop();
});

async function openAs(browser: Browser, who: keyof typeof cookies) {
  const context = await browser.newContext({ baseURL: server.base });
  await addSession(context, server.base, cookies[who]);
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return { page, dialogs, close: () => context.close() };
}

/** The page shows `text` as text: in the rendered page or in a form field's value. */
function shows(page: Page, text: string) {
  return page.evaluate((t) => {
    if (document.body.innerText.includes(t)) return true;
    return [...document.querySelectorAll("input, textarea")].some((el) => (el as HTMLInputElement).value.includes(t));
  }, text);
}

async function expectInert(page: Page, dialogs: string[], path: string, texts: string[]) {
  const res = await page.goto(path);
  expect(res?.status(), path).toBe(200);
  await page.waitForLoadState("networkidle");
  const found = await page.evaluate(() => ({
    marker: (window as unknown as { __xss?: number }).__xss ?? null,
    handlers: document.querySelectorAll("[onerror], [onload], [onclick], [onmouseover], [onfocus]").length,
    jsLinks: document.querySelectorAll('a[href^="javascript:" i], iframe, embed, object, img[src="x"]').length,
  }));
  expect(found, path).toEqual({ marker: null, handlers: 0, jsLinks: 0 });
  expect(dialogs, path).toEqual([]);
  for (const text of texts) expect(await shows(page, text), `${path} shows ${text} as text`).toBe(true);
}

test("the student's views show the corpus as text and run none of it", async ({ browser }) => {
  const { page, dialogs, close } = await openAs(browser, "student");
  await expectInert(page, dialogs, "/lessons/haier-case", [X.script, X.img, X.close, X.iframe]);
  await expectInert(page, dialogs, "/lessons/sales-stage-skills", [X.svg, X.script]);
  await expectInert(page, dialogs, "/student", []);
  await close();
});

test("the teacher's views show the corpus as text and run none of it", async ({ browser }) => {
  const { page, dialogs, close } = await openAs(browser, "teacher");
  const views: [string, string[]][] = [
    ["/teacher", [X.img, X.svg]],
    [`/teacher/classes/${ids.classA}/roster`, []],
    [`/teacher/classes/${ids.classA}/groups`, [X.svg]],
    [`/teacher/assignments/${ids.haierAssignment}`, []],
    [`/teacher/assignments/${ids.haierAssignment}/compare?ex=haier-t1-1`, [X.script]],
    [`/teacher/assignments/${ids.haierAssignment}/archive`, [X.script, X.img]],
    [`/teacher/submissions/${ids.haierSubmission}`, [X.script, X.close]],
    [`/teacher/submissions/${ids.chatSubmission}`, [X.svg, X.script]],
    ["/teacher/rubrics/haier-t1-1", [X.svg]],
    [`/teacher/plans/${ids.plan}`, []],
    [`/teacher/plans/${ids.plan}/edit`, []],
    [`/teacher/plans/${ids.plan}/versions`, []],
    [`/teacher/plans/${ids.plan}/print`, []],
    [`/teacher/plans/${ids.plan}/present`, []],
  ];
  for (const [path, texts] of views) await expectInert(page, dialogs, path, texts);
  await close();
});

test("the admin's account list shows names as text", async ({ browser }) => {
  const { page, dialogs, close } = await openAs(browser, "admin");
  await expectInert(page, dialogs, "/admin?q=x-xss", [X.svg]);
  await close();
});
