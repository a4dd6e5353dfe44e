import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { planInputs } from "../../content/plans";
import { createPrismaClient, type Db } from "../../lib/db-client";
import { hashPassword } from "../../lib/password";
import { starterLevels } from "../../lib/rubrics/levels";
import { signIn, startInstance, testDatabaseUrl, type Instance } from "../durability/server";
import { actionsOfBuild, callAction, type ActionArg, type ManifestAction } from "./server-actions";

// RELIABILITY case 7, the action matrix: every server action of the build and every mutating
// route handler is called as an anonymous visitor, a student and a teacher of another class (and,
// for admin actions, the class's own teacher). Only the intended caller changes the database; every
// other call leaves it byte for byte as it was. Each entry is also called once as its intended
// caller, so an encoding mistake cannot make the whole matrix pass by refusing everyone.
// A new action or mutating route without an entry below fails the test.

const PORT = 3152;
const DB = testDatabaseUrl("action-matrix");

type Caller = "anonymous" | "student" | "otherTeacher" | "teacher" | "admin" | "pwUser";
type Fixtures = {
  classA: string;
  classB: { id: string; joinCode: string };
  s05Submission: string;
  assignmentX: string;
  planP: string;
  groupG: string;
  bankEntry: string;
  students: Record<string, string>;
  users: Record<"reset" | "disable" | "remove", string>;
  xlsx: Uint8Array;
};
type Entry = {
  /** The callers that may do it; every other caller of ATTACKERS is refused. */
  allowed: Caller[];
  /** Who makes the one call that must succeed (default: the first allowed). */
  positiveAs?: Caller;
  args: (f: Fixtures) => ActionArg[];
  /** For read-only actions: text the reply holds only when the call succeeded. */
  readOnlyMarker?: string;
  /** Acts on the caller's own rows only: another caller may get "done" for removing nothing of
   *  theirs, so refusal is judged by the database alone. */
  ownScope?: true;
};

const ATTACKERS: Caller[] = ["anonymous", "student", "otherTeacher", "teacher"];
const form = (fields: Record<string, string | string[]>) => ({ form: fields });
const plan = planInputs["task-1-customers-and-service"]!;

// Keys are "file#export" as in Next's server reference manifest. Order = the order of the calls.
const ACTIONS: Record<string, Entry> = {
  "app/(admin)/admin/actions.ts#createUser": {
    allowed: ["admin"],
    args: () => [null, form({ username: "m-new", name: "矩阵新同学", role: "STUDENT", email: "" })],
  },
  "app/(admin)/admin/actions.ts#resetPassword": {
    allowed: ["admin"],
    args: (f) => [null, form({ userId: f.users.reset })],
  },
  "app/(admin)/admin/actions.ts#setUserDisabled": {
    allowed: ["admin"],
    args: (f) => [null, form({ userId: f.users.disable, disabled: "true" })],
  },
  "app/(admin)/admin/actions.ts#deleteStudent": {
    allowed: ["admin"],
    args: (f) => [null, form({ userId: f.users.remove })],
  },
  "app/(teacher)/teacher/assignments/actions.ts#createAssignment": {
    allowed: ["teacher", "admin"],
    args: (f) => [
      null,
      form({
        classId: f.classA,
        lessonSlug: "customer-and-service",
        dueAt: "2026-12-31T10:00:00+08:00",
        cutoffAt: "",
        confirm: "yes",
      }),
    ],
  },
  "app/(teacher)/teacher/assignments/actions.ts#updateAssignment": {
    allowed: ["teacher", "admin"],
    args: (f) => [
      null,
      form({ assignmentId: f.assignmentX, dueAt: "2030-01-10T10:00:00+08:00", cutoffAt: "", checkMode: "practice" }),
    ],
  },
  "app/(teacher)/teacher/assignments/actions.ts#extendAssignment": {
    allowed: ["teacher", "admin"],
    args: (f) => [
      null,
      form({
        assignmentId: f.assignmentX,
        studentId: f.students.s02!,
        dueAt: "2030-02-10T10:00:00+08:00",
        cutoffAt: "",
      }),
    ],
  },
  "app/(teacher)/teacher/assignments/actions.ts#removeExtension": {
    allowed: ["teacher", "admin"],
    args: (f) => [null, form({ assignmentId: f.assignmentX, studentId: f.students.s02! })],
  },
  "app/(teacher)/teacher/assignments/actions.ts#deleteAssignment": {
    allowed: ["teacher", "admin"],
    args: (f) => [null, form({ assignmentId: f.assignmentX, confirm: "yes" })],
  },
  "app/(teacher)/teacher/classes/roster-actions.ts#checkRoster": {
    allowed: ["teacher", "admin"],
    // s01 is in class A as 王雨涵: the check names the account only to the class's teacher (or an admin).
    args: (f) => [{ classId: f.classA, csv: "学号,姓名\ns01,王语涵\n" }],
    readOnlyMarker: "王雨涵",
  },
  "app/(teacher)/teacher/classes/roster-actions.ts#importRoster": {
    allowed: ["teacher", "admin"],
    args: (f) => [{ classId: f.classA, csv: "学号,姓名\nm-imported,导入的同学\n" }],
  },
  "app/(teacher)/teacher/classes/roster-actions.ts#readXlsxRoster": {
    allowed: ["teacher", "otherTeacher", "admin"],
    args: (f) => [
      {
        form: {
          file: {
            name: "roster.xlsx",
            type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            bytes: f.xlsx,
          },
        },
      },
    ],
    readOnlyMarker: "表格里的同学",
  },
  "app/(teacher)/teacher/classes/actions.ts#createClass": {
    allowed: ["teacher", "otherTeacher", "admin"],
    args: () => [null, form({ name: "矩阵测试班", term: "" })],
  },
  "app/(teacher)/teacher/classes/actions.ts#createGroup": {
    allowed: ["teacher", "admin"],
    args: (f) => [null, form({ classId: f.classA, name: "矩阵组", studentIds: [f.students.s03!, f.students.s04!] })],
  },
  "app/(teacher)/teacher/classes/actions.ts#renameClass": {
    allowed: ["teacher", "admin"],
    args: (f) => [null, form({ classId: f.classA, name: "矩阵改名班", term: "" })],
  },
  "app/(teacher)/teacher/classes/actions.ts#resetStudentPasswords": {
    allowed: ["teacher", "admin"],
    args: (f) => [null, form({ classId: f.classA, studentIds: [f.students.s04!] })],
  },
  "app/(teacher)/teacher/classes/actions.ts#deleteGroup": {
    allowed: ["teacher", "admin"],
    args: (f) => [null, form({ groupId: f.groupG })],
  },
  "app/(teacher)/teacher/plans/actions.ts#createPlan": {
    allowed: ["teacher", "otherTeacher", "admin"],
    args: () => [null, form({ source: "blank" })],
  },
  "app/(teacher)/teacher/plans/actions.ts#savePlan": {
    allowed: ["teacher", "admin"],
    args: (f) => [{ id: f.planP, baseVersion: 1, plan: { ...plan, title: "矩阵改过的教案" } }],
  },
  "app/(teacher)/teacher/plans/actions.ts#setPlanShared": {
    allowed: ["teacher", "admin"],
    args: (f) => [null, form({ id: f.planP, shared: "true" })],
  },
  "app/(teacher)/teacher/plans/actions.ts#appendPlanReflection": {
    allowed: ["teacher", "admin"],
    args: (f) => [null, form({ planId: f.planP, text: "矩阵反思：学生对分类掌握不牢。" })],
  },
  "app/(teacher)/teacher/plans/actions.ts#restorePlanVersion": {
    allowed: ["teacher", "admin"],
    args: (f) => [null, form({ id: f.planP, version: "1" })],
  },
  "app/(teacher)/teacher/rubrics/actions.ts#saveRubric": {
    allowed: ["teacher", "otherTeacher", "admin"],
    positiveAs: "otherTeacher",
    args: () => [{ exerciseId: "haier-t1-2", levels: starterLevels(10) }],
  },
  // The teacher has a rubric for haier-t1-1 (fixture); nobody else can remove it.
  "app/(teacher)/teacher/rubrics/actions.ts#deleteRubric": {
    allowed: ["teacher"],
    ownScope: true,
    args: () => ["haier-t1-1"],
  },
  "app/(teacher)/teacher/submissions/[id]/actions.ts#reviewSubmission": {
    allowed: ["teacher", "admin"],
    args: (f) => [{ submissionId: f.s05Submission, decision: "grade", comment: "矩阵总评", exercises: [] }],
  },
  "app/(teacher)/teacher/submissions/[id]/actions.ts#reviewGroup": {
    allowed: ["teacher", "admin"],
    args: (f) => [{ submissionIds: [f.s05Submission], exerciseId: "haier-t1-1", score: 3, comment: "矩阵组评" }],
  },
  "app/(teacher)/teacher/submissions/[id]/actions.ts#saveToCommentBank": {
    allowed: ["teacher", "otherTeacher", "admin"],
    args: () => ["矩阵评语"],
  },
  "app/(teacher)/teacher/submissions/[id]/actions.ts#removeFromCommentBank": {
    allowed: ["teacher"],
    ownScope: true,
    args: (f) => [f.bankEntry],
  },
  // Anyone signed in changes their own password; the positive call uses an account of its own.
  "app/(auth)/change-password/actions.ts#changePassword": {
    allowed: ["student", "otherTeacher", "teacher", "admin", "pwUser"],
    positiveAs: "pwUser",
    args: () => [
      null,
      form({ currentPassword: "demo1234", newPassword: "matrix-pass-2026", confirmPassword: "matrix-pass-2026" }),
    ],
  },
  // The teacher's student s03 is being slowed down after wrong passwords (fixture); only the teacher or the admin ends the wait.
  "lib/actions/accounts/sign-in-wait.ts#clearSignInWait": {
    allowed: ["teacher", "admin"],
    args: (f) => [null, form({ userId: f.students.s03! })],
  },
  "app/(teacher)/teacher/classes/actions.ts#removeFromClass": {
    allowed: ["teacher", "admin"],
    args: (f) => [null, form({ classId: f.classA, studentId: f.students.s03! })],
  },
  // Last: the student joins the other teacher's class.
  "app/(student)/student/actions.ts#joinClass": {
    allowed: ["student"],
    args: (f) => [null, form({ code: f.classB.joinCode })],
  },
};

type RouteEntry = { allowed: Caller[]; method: "PUT" | "POST"; path: string; body: unknown; readOnlyMarker?: string };
const answerValue = { rows: Array.from({ length: 5 }, (_, i) => ({ content: `矩阵答案 第 ${i + 1} 行` })) };
// Mutating route handlers, by file. Work routes act on the caller's own work only.
const ROUTES: Record<string, RouteEntry> = {
  "app/api/work/[lesson]/answers/[exercise]/route.ts": {
    allowed: ["student"],
    method: "PUT",
    path: "/api/work/haier-case/answers/haier-t1-1",
    body: { value: answerValue, baseVersion: 0 },
  },
  "app/api/work/[lesson]/submit/route.ts": {
    allowed: ["student"],
    method: "POST",
    path: "/api/work/haier-case/submit",
    body: { idempotencyKey: "matrix-submit-0001" },
  },
  // Checks a posted answer, for a signed-in user only (a visitor would read the key); a teacher gets the explanation.
  "app/api/exercises/[id]/check/route.ts": {
    allowed: ["teacher", "student", "otherTeacher", "admin"],
    method: "POST",
    path: "/api/exercises/cas-concepts-choice/check",
    body: { value: {} },
    readOnlyMarker: "正确答案",
  },
  // next-auth's own sign-in and sign-out endpoints: public by design, throttled (see login tests).
  "app/api/auth/[...nextauth]/route.ts": { allowed: [], method: "POST", path: "", body: null },
};

function mutatingRouteFiles(dir = "app/api"): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return mutatingRouteFiles(file);
    if (name !== "route.ts") return [];
    const source = readFileSync(file, "utf8");
    return /export\s+(async\s+function|const)\s+(POST|PUT|PATCH|DELETE)\b|export\s*\{[^}]*\b(POST|PUT|PATCH|DELETE)\b/.test(
      source,
    )
      ? [file]
      : [];
  });
}

const TABLES = [
  "LoginThrottle",
  "AssignmentExtension",
  "User",
  "Class",
  "Enrollment",
  "Group",
  "GroupMember",
  "GroupAnswer",
  "Assignment",
  "Answer",
  "Submission",
  "ExerciseReview",
  "TeacherPlan",
  "PlanVersion",
  "CommentBankEntry",
  "Rubric",
];

/** A hash of every row of every table: any write shows (sign-ins happen before the calls). */
async function digest(db: Db): Promise<string> {
  const hash = createHash("sha256");
  for (const table of TABLES) {
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${table}" ORDER BY 1`);
    hash.update(`${table}:${JSON.stringify(rows, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v))}\n`);
  }
  return hash.digest("hex");
}

async function makeFixtures(db: Db): Promise<Fixtures> {
  const byName = async (username: string) =>
    (await db.user.findUniqueOrThrow({ where: { username }, select: { id: true } })).id;
  const teacherId = await byName("teacher");
  const classA = (await db.class.findFirstOrThrow({ where: { teacherId }, select: { id: true } })).id;
  const students = Object.fromEntries(
    await Promise.all(["s01", "s02", "s03", "s04", "s05"].map(async (s) => [s, await byName(s)] as const)),
  );
  const s05Submission = (
    await db.submission.findFirstOrThrow({ where: { userId: students.s05 }, select: { id: true } })
  ).id;
  const hash = await hashPassword("demo1234");
  const user = (username: string, role: "STUDENT" | "TEACHER" = "STUDENT") =>
    db.user.create({ data: { username, name: `矩阵${username}`, role, passwordHash: hash }, select: { id: true } });
  const t2 = await user("t2", "TEACHER");
  const classB = await db.class.create({
    data: { name: "别人的班", teacherId: t2.id, joinCode: "MTX2B9" },
    select: { id: true, joinCode: true },
  });
  const data = JSON.stringify(plan);
  const planP = (
    await db.teacherPlan.create({
      data: {
        ownerId: teacherId,
        title: plan.title,
        data,
        version: 1,
        versions: { create: { version: 1, data, note: "复制" } },
      },
      select: { id: true },
    })
  ).id;
  const groupG = (
    await db.group.create({
      data: {
        classId: classA,
        name: "待解散",
        members: { create: [{ studentId: students.s01! }, { studentId: students.s02! }] },
      },
      select: { id: true },
    })
  ).id;
  const bankEntry = (
    await db.commentBankEntry.create({ data: { teacherId, text: "老师自己的评语" }, select: { id: true } })
  ).id;
  await db.rubric.create({ data: { teacherId, exerciseId: "haier-t1-1", levels: JSON.stringify(starterLevels(10)) } });
  const users = {
    reset: (await user("m-reset")).id,
    disable: (await user("m-disable")).id,
    remove: (await user("m-remove")).id,
  };
  await user("m-pw");
  const assignmentX = (
    await db.assignment.create({
      data: { classId: classA, lessonSlug: "service-categories", dueAt: new Date("2030-01-01T02:00:00Z") },
      select: { id: true },
    })
  ).id;
  await db.loginThrottle.create({
    data: { key: `user:${students.s03!}`, failures: 7, lockedUntil: new Date(Date.now() + 60_000) },
  });

  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("名单");
  sheet.addRow(["学号", "姓名"]);
  sheet.addRow(["m-xlsx", "表格里的同学"]);
  const xlsx = new Uint8Array(await book.xlsx.writeBuffer());
  return { classA, classB, s05Submission, assignmentX, planP, groupG, bankEntry, students, users, xlsx };
}

let server: Instance;
let db: Db;
let fixtures: Fixtures;
const cookies: Partial<Record<Caller, string | null>> = { anonymous: null };

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  server = await startInstance(PORT, DB, { fresh: true });
  db = createPrismaClient(DB);
  fixtures = await makeFixtures(db);
  for (const [caller, username] of [
    ["student", "s01"],
    ["otherTeacher", "t2"],
    ["teacher", "teacher"],
    ["admin", "admin"],
    ["pwUser", "m-pw"],
  ] as const) {
    cookies[caller] = await signIn(server.base, username);
  }
});

test.afterAll(async () => {
  await db?.$disconnect();
  await server?.stop();
});

test("every server action of the build and every mutating route has a matrix entry", () => {
  const built = actionsOfBuild()
    .map((a) => a.key)
    .sort();
  expect(built.length).toBeGreaterThan(20);
  expect(built, "server actions without a matrix entry (or entries for actions that are gone)").toEqual(
    Object.keys(ACTIONS).sort(),
  );
  expect(mutatingRouteFiles().sort()).toEqual(Object.keys(ROUTES).sort());
});

test("server actions: only the intended caller changes anything", async () => {
  test.setTimeout(240_000);
  const built = new Map(actionsOfBuild().map((a) => [a.key, a] as const));
  for (const [key, entry] of Object.entries(ACTIONS)) {
    const action: ManifestAction = built.get(key)!;
    const args = entry.args(fixtures);
    for (const caller of ATTACKERS.filter((c) => !entry.allowed.includes(c))) {
      const before = await digest(db);
      const reply = await callAction(server.base, action, args, cookies[caller]!);
      expect(reply.status, `${key} as ${caller}`).toBeLessThan(500);
      expect(await digest(db), `${key} as ${caller} changed the database`).toBe(before);
      if (!entry.ownScope) expect(reply.text, `${key} as ${caller} reported success`).not.toContain('"ok":true');
      if (entry.readOnlyMarker)
        expect(reply.text, `${key} as ${caller} got the data`).not.toContain(entry.readOnlyMarker);
    }
    const as = entry.positiveAs ?? entry.allowed[0]!;
    const before = await digest(db);
    const reply = await callAction(server.base, action, args, cookies[as]!);
    expect(reply.status, `${key} as ${as}: ${reply.text.slice(0, 300)}`).toBeLessThan(400);
    if (entry.readOnlyMarker) expect(reply.text, `${key} as ${as}`).toContain(entry.readOnlyMarker);
    else
      expect(
        await digest(db),
        `${key} as ${as} (the intended caller) changed nothing: ${reply.text.slice(0, 300)}`,
      ).not.toBe(before);
  }
});

test("mutating routes: only the intended caller changes anything", async () => {
  for (const [file, entry] of Object.entries(ROUTES)) {
    if (!entry.path) continue;
    const call = (caller: Caller) =>
      fetch(`${server.base}${entry.path}`, {
        method: entry.method,
        headers: {
          "content-type": "application/json",
          origin: server.base,
          ...(cookies[caller] ? { cookie: cookies[caller]! } : {}),
        },
        body: JSON.stringify(entry.body),
      });
    for (const caller of ATTACKERS.filter((c) => !entry.allowed.includes(c))) {
      const before = await digest(db);
      const res = await call(caller);
      expect([401, 403, 404], `${file} as ${caller}`).toContain(res.status);
      expect(await digest(db), `${file} as ${caller} changed the database`).toBe(before);
    }
    const as = entry.allowed[0]!;
    const before = await digest(db);
    const res = await call(as);
    expect(res.status, `${file} as ${as}`).toBe(200);
    if (entry.readOnlyMarker) expect(await res.text()).toContain(entry.readOnlyMarker);
    else expect(await digest(db), `${file} as ${as} changed nothing`).not.toBe(before);
  }
});
