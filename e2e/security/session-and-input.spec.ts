import { expect, test } from "@playwright/test";
import { createPrismaClient } from "../../lib/db-client";
import { DEMO_STUDENTS } from "../../prisma/demo-school";
import { postCredentials, signIn } from "../durability/server";
import { actionNamed, callAction } from "./server-actions";

// RELIABILITY cases 3, 5, 9 and 10 against the suite's server: session cookie flags and tampered
// tokens; a foreign Origin on a server action; extra fields on mutating requests; and what a
// student's own pages carry (no other student's data, no password hash).

const DB = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";

test("the session cookie is HttpOnly and SameSite=Lax, and a tampered token is refused", async ({ baseURL }) => {
  const session = (await postCredentials(baseURL!, "s02"))!;
  expect(session).toMatch(/;\s*HttpOnly/i);
  expect(session).toMatch(/;\s*SameSite=Lax/i);
  const token = session.split(";")[0]!.split("=").slice(1).join("=");
  expect(
    (await fetch(`${baseURL}/api/work/haier-case`, { headers: { cookie: `next-auth.session-token=${token}` } })).status,
  ).toBe(200);
  const flipped = token.slice(0, 40) + (token[40] === "A" ? "B" : "A") + token.slice(41);
  expect(
    (await fetch(`${baseURL}/api/work/haier-case`, { headers: { cookie: `next-auth.session-token=${flipped}` } }))
      .status,
  ).toBe(401);
  const page = await fetch(`${baseURL}/student`, {
    headers: { cookie: `next-auth.session-token=${flipped}` },
    redirect: "manual",
  });
  expect(page.status).toBe(307);
  expect(page.headers.get("location")).toContain("/login");
});

test("a server action called from a foreign Origin changes nothing", async ({ baseURL }) => {
  const teacher = await signIn(baseURL!, "teacher");
  const action = actionNamed("saveToCommentBank");
  const text = "跨站写入的评语";
  const res = await fetch(`${baseURL}${action.page}`, {
    method: "POST",
    headers: {
      "next-action": action.id,
      accept: "text/x-component",
      origin: "https://evil.example",
      "content-type": "text/plain;charset=UTF-8",
      cookie: teacher,
    },
    body: JSON.stringify([text]),
  });
  expect(res.status).toBeGreaterThanOrEqual(400);
  const db = createPrismaClient(DB);
  try {
    expect(await db.commentBankEntry.count({ where: { text } })).toBe(0);
    // The same call from the site itself does go through (so the refusal above was the Origin).
    const ok = await callAction(baseURL!, action, [text], teacher);
    expect(ok.text).toContain('"ok":true');
    expect(await db.commentBankEntry.count({ where: { text } })).toBe(1);
    await db.commentBankEntry.deleteMany({ where: { text } });
  } finally {
    await db.$disconnect();
  }
});

test("extra fields (studentId, score, role, submittedAt) are refused, not written", async ({ baseURL }) => {
  const s01 = await signIn(baseURL!, "s01");
  const teacher = await signIn(baseURL!, "teacher");
  const send = (path: string, method: string, body: unknown) =>
    fetch(`${baseURL}${path}`, {
      method,
      headers: { "content-type": "application/json", origin: baseURL!, cookie: s01 },
      body: JSON.stringify(body),
    });
  const rows = Array.from({ length: 5 }, () => ({ content: "多余字段" }));
  expect(
    (
      await send("/api/work/haier-case/answers/haier-t1-1", "PUT", {
        value: { rows },
        baseVersion: 0,
        studentId: "someone-else",
      })
    ).status,
  ).toBe(400);
  expect(
    (
      await send("/api/work/haier-case/answers/haier-t1-1", "PUT", {
        value: { rows: rows.map((r) => ({ ...r, score: 10 })) },
        baseVersion: 0,
      })
    ).status,
  ).toBe(400);
  expect(
    (
      await send("/api/work/haier-case/submit", "POST", {
        idempotencyKey: "extra-fields-01",
        submittedAt: "2020-01-01T00:00:00Z",
      })
    ).status,
  ).toBe(400);

  const db = createPrismaClient(DB);
  try {
    const s05 = await db.submission.findFirstOrThrow({
      where: { user: { username: "s05" } },
      select: { id: true, score: true, status: true },
    });
    const review = actionNamed("reviewSubmission");
    const reply = await callAction(
      baseURL!,
      review,
      [{ submissionId: s05.id, decision: "grade", comment: "", exercises: [], score: 100, role: "ADMIN" }],
      teacher,
    );
    expect(reply.text).toContain('"ok":false');
    expect(
      await db.submission.findUniqueOrThrow({ where: { id: s05.id }, select: { score: true, status: true } }),
    ).toEqual({ score: s05.score, status: s05.status });
    expect(await db.submission.count({ where: { idempotencyKey: "extra-fields-01" } })).toBe(0);
  } finally {
    await db.$disconnect();
  }
});

test("a student's pages and their RSC payloads hold no other student's data and no password hash", async ({
  baseURL,
}) => {
  const s04 = await signIn(baseURL!, "s04");
  const others = DEMO_STUDENTS.filter((s) => s.username !== "s04").flatMap((s) => [s.name]);
  for (const path of ["/student", "/lessons/haier-case", "/api/work/haier-case"]) {
    for (const headers of [{}, { rsc: "1" }] as Record<string, string>[]) {
      const body = await (await fetch(`${baseURL}${path}`, { headers: { cookie: s04, ...headers } })).text();
      expect(body.length, path).toBeGreaterThan(100);
      for (const name of others)
        expect(body.includes(name), `${path} ${JSON.stringify(headers)} holds ${name}`).toBe(false);
      expect(body, path).not.toMatch(/\$argon2|passwordHash|idempotencyKey/);
    }
  }
});
