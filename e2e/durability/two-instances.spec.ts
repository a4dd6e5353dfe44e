import { expect, test } from "@playwright/test";
import { createPrismaClient } from "../../lib/db-client";
import { actionNamed, callAction } from "../security/server-actions";
import {
  dropDatabase,
  onPostgres,
  postCredentials,
  signIn,
  startInstance,
  testDatabaseUrl,
  type Instance,
} from "./server";

// Several app instances behind one PostgreSQL database (SQLite is the one-box set-up: its migration
// step cannot run while another instance holds the file open): both start at the same moment on
// an empty database and seed it once; a session signed in on one
// works on the other; failed sign-ins count across instances; a save on one is read on the other;
// disabling an account on one ends its session on the other.

const DB = testDatabaseUrl("two-instances");

const accepted = async (base: string, username: string, password: string) =>
  (await postCredentials(base, username, password)) !== null;

test("two instances share one database: sessions, throttling, saves and revocation", async () => {
  test.setTimeout(240_000);
  test.skip(!onPostgres, "several instances are the PostgreSQL set-up");
  await dropDatabase(DB);
  // Migrations and the demo seed take a lock, so both may start at once.
  const started = await Promise.allSettled([
    startInstance(3156, DB, { fresh: false }),
    startInstance(3157, DB, { fresh: false }),
  ]);
  const up = started.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
  if (up.length < 2) {
    await Promise.all(up.map((instance) => instance.stop())); // no server left behind on a failed start
    throw new Error(
      `an instance did not start: ${started.map((r) => (r.status === "rejected" ? String(r.reason) : "ok")).join(", ")}`,
    );
  }
  const [a, b] = up as [Instance, Instance];
  try {
    // Seeded once, whichever instance got there first.
    const teacherA = await signIn(a.base, "teacher");
    const page = await fetch(`${b.base}/teacher`, { headers: { cookie: teacherA }, redirect: "manual" });
    const home = await page.text();
    expect(page.status, `${page.headers.get("location")} ${home.slice(0, 200)}`).toBe(200);
    expect(home.match(/23电商1班/g)?.length ?? 0).toBeGreaterThan(0);
    expect(home).not.toContain("登录客服课堂");

    // A save on A, read back on B.
    const s01 = await signIn(a.base, "s01");
    const value = { rows: Array.from({ length: 5 }, (_, i) => ({ content: `两台服务器 第 ${i + 1} 行` })) };
    const saved = await fetch(`${a.base}/api/work/haier-case/answers/haier-t1-1`, {
      method: "PUT",
      headers: { "content-type": "application/json", cookie: s01, origin: a.base },
      body: JSON.stringify({ value, baseVersion: 0 }),
    });
    expect(saved.status).toBe(200);
    const read = await fetch(`${b.base}/api/work/haier-case`, { headers: { cookie: s01 } });
    expect(read.status, await read.clone().text()).toBe(200);
    const work = (await read.json()) as {
      answers: Record<string, { value: unknown }>;
    };
    expect(work.answers["haier-t1-1"]?.value).toEqual(value);

    // Failures split over both instances are counted together: five on A and B make the account wait on both.
    for (const base of [a.base, b.base, a.base, b.base, a.base])
      expect(await accepted(base, "s02", "wrong-password")).toBe(false);
    const throttle = createPrismaClient(DB);
    const s02 = await throttle.user.findUniqueOrThrow({ where: { username: "s02" }, select: { id: true } });
    const row = await throttle.loginThrottle.findUnique({ where: { key: `user:${s02.id}` } });
    await throttle.$disconnect();
    expect(row?.failures, "failures counted across instances").toBe(5);

    // The admin disables s03 on A; s03's session stops working on B.
    const s03 = await signIn(b.base, "s03");
    expect((await fetch(`${b.base}/api/work/haier-case`, { headers: { cookie: s03 } })).status).toBe(200);
    const admin = await signIn(a.base, "admin");
    const disable = actionNamed("setUserDisabled");
    const db = createPrismaClient(DB);
    const s03Id = (await db.user.findUniqueOrThrow({ where: { username: "s03" }, select: { id: true } })).id;
    const classes = await db.class.count();
    await db.$disconnect();
    expect(classes, "the demo school was seeded once").toBe(1);
    const reply = await callAction(a.base, disable, [null, { form: { userId: s03Id, disabled: "true" } }], admin);
    expect(reply.text).toContain('"ok":true');
    expect((await fetch(`${b.base}/api/work/haier-case`, { headers: { cookie: s03 } })).status).toBe(401);
  } finally {
    await a.stop();
    await b.stop();
  }
});
