import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { DEMO_STUDENTS } from "../../prisma/demo-school";
import { addSession, SHARED_SECRET, signIn, startInstance, testDatabaseUrl, type Instance } from "../durability/server";
import { actionNamed, callAction, type ActionArg } from "./server-actions";

// RELIABILITY case 24: the server's output (everything `npm start` prints) holds no password, no
// answer and no session token after sign-ins good and bad, saves, submits, a password hand-out and
// change, and malformed requests; and no link any role is shown carries a student's name or
// account in its URL.

const PORT = 3154;
const DB = testDatabaseUrl("privacy");
const LOG = "test-results/privacy-server.log";

const WRONG_PASSWORD = "wrong-Pa55-zz91";
const NEW_PASSWORD = "NewSecret-4821";
const ANSWER_MARKER = "隐私标记答案7391";

let server: Instance;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  server = await startInstance(PORT, DB, { fresh: true, logFile: LOG });
});

test.afterAll(async () => {
  await server?.stop();
});

async function act(cookie: string, name: string, args: ActionArg[]) {
  return (await callAction(server.base, actionNamed(name), args, cookie)).text;
}

test("the server's log holds no password, answer or session token", async () => {
  test.setTimeout(120_000);
  await expect(signIn(server.base, "s01", WRONG_PASSWORD)).rejects.toThrow();
  const student = await signIn(server.base, "s01");
  const put = (body: string) =>
    fetch(`${server.base}/api/work/haier-case/answers/haier-t1-1`, {
      method: "PUT",
      headers: { "content-type": "application/json", origin: server.base, cookie: student },
      body,
    });
  const rows = Array.from({ length: 5 }, (_, i) => ({ content: `${ANSWER_MARKER} 第 ${i + 1} 行` }));
  expect((await put(JSON.stringify({ value: { rows }, baseVersion: 0 }))).status).toBe(200);
  expect((await put(`{"value": {"rows": "${ANSWER_MARKER}`)).status).toBe(400); // malformed JSON
  expect(
    (await put(JSON.stringify({ value: { rows: [{ content: ANSWER_MARKER.repeat(40) }] }, baseVersion: 1 }))).status,
  ).toBe(400);
  const submit = await fetch(`${server.base}/api/work/haier-case/submit`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: server.base, cookie: student },
    body: JSON.stringify({ idempotencyKey: "privacy-submit-01" }),
  });
  expect(submit.status).toBe(200);

  // The admin hands out a password; the new user signs in with it and changes it.
  const admin = await signIn(server.base, "admin");
  const created = await act(admin, "createUser", [
    null,
    { form: { username: "p-new", name: "隐私测试", role: "STUDENT", email: "" } },
  ]);
  const initialPassword = /"initialPassword":"([^"]+)"/.exec(created)?.[1];
  expect(initialPassword, created).toBeTruthy();
  const newcomer = await signIn(server.base, "p-new", initialPassword!);
  const changed = await act(newcomer, "changePassword", [
    null,
    { form: { currentPassword: initialPassword!, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD } },
  ]);
  expect(changed).toContain('"ok":true');
  await signIn(server.base, "p-new", NEW_PASSWORD);
  // Garbage to an action and a forged session cookie: errors, maybe logged.
  await act(admin, "resetPassword", [null, { form: { userId: "x".repeat(500) } }]);
  await fetch(`${server.base}/student`, {
    headers: { cookie: `next-auth.session-token=${student.split("=")[1]!.slice(0, -4)}AAAA` },
  });

  await server.stop();
  const log = readFileSync(LOG, "utf8");
  expect(log).toContain("客服课堂已启动"); // the capture really holds the server's output
  const secrets = {
    "wrong password": WRONG_PASSWORD,
    "handed-out password": initialPassword!,
    "changed password": NEW_PASSWORD,
    answer: ANSWER_MARKER,
    "student session token": student.split("=")[1]!.slice(0, 40),
    "admin session token": admin.split("=")[1]!.slice(0, 40),
    "session secret": SHARED_SECRET,
    "password hash": "$argon2id$",
  };
  for (const [what, secret] of Object.entries(secrets))
    expect(log.includes(secret), `the log holds the ${what}`).toBe(false);
});

test("no link shown to any role carries a student's name or account", async ({ browser }) => {
  test.setTimeout(120_000);
  server = await startInstance(PORT, DB, { fresh: false });
  const personal = DEMO_STUDENTS.flatMap((s) => [s.username, s.name]);
  const pages: Record<string, string[]> = {
    teacher: ["/teacher", "/teacher/plans", "/teacher/rubrics"],
    admin: ["/admin"],
    s04: ["/student", "/lessons/haier-case"],
  };
  let links = 0;
  for (const [who, paths] of Object.entries(pages)) {
    const cookie = await signIn(server.base, who);
    const context = await browser.newContext();
    await addSession(context, server.base, cookie);
    const page = await context.newPage();
    const queue = paths.map((p) => `${server.base}${p}`);
    const seen = new Set<string>();
    // The given pages and every same-site page they link to, one level deep.
    for (let depth = 0; depth < 2; depth++) {
      const next: string[] = [];
      for (const url of queue.splice(0)) {
        if (seen.has(url)) continue;
        seen.add(url);
        await page.goto(url);
        const hrefs = await page.$$eval("a[href]", (as) => as.map((a) => (a as HTMLAnchorElement).href));
        for (const href of hrefs) {
          links++;
          const decoded = decodeURIComponent(href);
          for (const p of personal)
            expect(decoded.includes(`/${p}`) || decoded.includes(`=${p}`), `${who}: ${url} links to ${decoded}`).toBe(
              false,
            );
          if (href.startsWith(server.base) && !/\/api\/|\/print|\/archive|\/present|logout|signout/.test(href))
            next.push(href.split("#")[0]!);
        }
      }
      queue.push(...next.slice(0, 40));
    }
    await context.close();
  }
  expect(links).toBeGreaterThan(50);
});
