import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { emptyAnswer } from "@/lib/exercises/answers";
import { exercisesOfLesson } from "@/lib/exercises/registry";
import { startWorkServer } from "@/lib/testing/work-server";

// The ownership rules against a real database: the owner sees and changes their rows, another
// teacher and a student do not (not even for a student the two teachers share), an admin does.

type User = { id: string; name: string; role: "STUDENT" | "TEACHER" | "ADMIN"; mustChangePassword: boolean };
const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock("@/lib/dal/session", () => ({
  verifySession: async () => session.user,
  sessionWithRole: async (roles: string[]) => (session.user && roles.includes(session.user.role) ? session.user : null),
  userWithRoleOr404: async (roles: string[]) => {
    if (!session.user || !roles.includes(session.user.role)) throw new Error("NEXT_NOT_FOUND");
    return session.user;
  },
  requireArea: async () => session.user,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const LESSON = "haier-case";
let server: Awaited<ReturnType<typeof startWorkServer>>;
const people = {} as Record<"a" | "b" | "admin" | "student", User>;
let ids: { classA: string; classB: string; assignmentA: string; assignmentB: string };

beforeAll(async () => {
  server = await startWorkServer("kefu-access-");
  const { prisma } = server;
  const make = async (key: keyof typeof people, username: string, role: User["role"]) => {
    const row = await prisma.user.create({ data: { username, name: username, passwordHash: "x", role } });
    people[key] = { id: row.id, name: row.name, role, mustChangePassword: false };
  };
  await make("a", "ta", "TEACHER");
  await make("b", "tb", "TEACHER");
  await make("admin", "ad", "ADMIN");
  await make("student", "s1", "STUDENT");
  const classA = await prisma.class.create({
    data: {
      name: "A 班",
      teacherId: people.a.id,
      joinCode: "AAAAAA",
      enrollments: { create: { studentId: people.student.id } },
    },
  });
  const classB = await prisma.class.create({
    data: {
      name: "B 班",
      teacherId: people.b.id,
      joinCode: "BBBBBB",
      enrollments: { create: { studentId: people.student.id } },
    },
  });
  const day = 86_400_000;
  const assignmentA = await prisma.assignment.create({
    data: {
      classId: classA.id,
      lessonSlug: LESSON,
      openAt: new Date(Date.now() - day),
      dueAt: new Date(Date.now() + 3 * day),
    },
  });
  // Teacher B sets the same lesson later, with a cut-off long past.
  const assignmentB = await prisma.assignment.create({
    data: {
      classId: classB.id,
      lessonSlug: LESSON,
      openAt: new Date("2020-01-01"),
      dueAt: new Date("2020-01-02"),
      cutoffAt: new Date("2020-01-03"),
      createdAt: new Date(Date.now() + 1000),
    },
  });
  ids = { classA: classA.id, classB: classB.id, assignmentA: assignmentA.id, assignmentB: assignmentB.id };
}, 60_000);

afterAll(async () => {
  await server?.close();
});

async function submitAsStudent() {
  session.user = people.student;
  const def = exercisesOfLesson(LESSON)[0]!;
  const value = structuredClone(emptyAnswer(def)) as { rows: Record<string, string>[] };
  value.rows[0]![Object.keys(value.rows[0]!)[0]!] = "我的答案";
  const saved = await server.net.fetch(`/api/work/${LESSON}/answers/${def.id}`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ value, baseVersion: 0 }),
  });
  expect(saved.status).toBe(200);
  return server.net.fetch(`/api/work/${LESSON}/submit`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ idempotencyKey: "key-000001" }),
  });
}

describe("a student in two teachers' classes", () => {
  let submissionId = "";

  it("hands work in to the assignment that takes it, not to another class's closed one", async () => {
    const reply = await submitAsStudent();
    expect(reply.status, await reply.clone().text()).toBe(200);
    const stored = await server.prisma.submission.findFirstOrThrow({ where: { userId: people.student.id } });
    expect(stored.assignmentId).toBe(ids.assignmentA);
    submissionId = stored.id;
  });

  it("the other teacher can neither open nor grade it; its own teacher and the admin can", async () => {
    const { getSubmissionForReview, getRecentSubmissions } = await import("@/lib/dal/submissions");
    const { reviewSubmission } = await import("@/app/(teacher)/teacher/submissions/[id]/actions");
    const review = { submissionId, decision: "return" as const, comment: "B 的评语", exercises: [] };

    session.user = people.b;
    expect(await getSubmissionForReview(submissionId)).toBeNull();
    expect((await getRecentSubmissions()).map((s) => s.id)).not.toContain(submissionId);
    const refused = await reviewSubmission(review);
    expect(refused.ok).toBe(false);
    expect(refused.ok ? "" : refused.reason).toBe("forbidden");
    const untouched = await server.prisma.submission.findUniqueOrThrow({ where: { id: submissionId } });
    expect([untouched.status, untouched.comment]).toEqual(["SUBMITTED", ""]);

    session.user = people.a;
    expect((await getSubmissionForReview(submissionId))?.id).toBe(submissionId);
    expect((await reviewSubmission({ ...review, comment: "A 的评语" })).ok).toBe(true);

    session.user = people.admin;
    expect((await getSubmissionForReview(submissionId))?.comment).toBe("A 的评语");
  });

  it("the other teacher's assignment overview does not list the work handed in to this one", async () => {
    const { getAssignmentOverview } = await import("@/lib/dal/assignments");
    session.user = people.b;
    const overviewB = await getAssignmentOverview(ids.assignmentB);
    expect(overviewB?.rows.map((r) => r.latest)).toEqual([null]);
    expect(await getAssignmentOverview(ids.assignmentA)).toBeNull();
    session.user = people.a;
    expect((await getAssignmentOverview(ids.assignmentA))?.rows[0]?.latest?.id).toBeTruthy();
  });
});

describe("the scopes for each role", () => {
  it("classes: the teacher's own, all for the admin, none for a student", async () => {
    const { getOwnClass } = await import("@/lib/dal/classes");
    session.user = people.a;
    expect((await getOwnClass(ids.classA))?.id).toBe(ids.classA);
    expect(await getOwnClass(ids.classB)).toBeNull();
    session.user = people.admin;
    expect((await getOwnClass(ids.classB))?.id).toBe(ids.classB);
    session.user = people.student;
    await expect(getOwnClass(ids.classA)).rejects.toThrow("NEXT_NOT_FOUND");
  });

  it("groups: another teacher cannot dissolve a group, and is told so instead of nothing happening", async () => {
    const { deleteGroup } = await import("@/app/(teacher)/teacher/classes/actions");
    const group = await server.prisma.group.create({ data: { classId: ids.classA, name: "第一组" } });
    const form = new FormData();
    form.set("groupId", group.id);
    session.user = people.b;
    const refused = await deleteGroup({ ok: false, message: "" }, form);
    expect(refused).toMatchObject({ ok: false, reason: "forbidden" });
    expect(await server.prisma.group.count({ where: { id: group.id } })).toBe(1);
    session.user = people.a;
    expect(await deleteGroup({ ok: false, message: "" }, form)).toMatchObject({ ok: true });
    expect(await server.prisma.group.count({ where: { id: group.id } })).toBe(0);
  });

  it("教案: a shared plan can be read and copied by a colleague but changed only by its owner or an admin", async () => {
    const { canEditPlan, readablePlans } = await import("./scopes");
    const plan = await server.prisma.teacherPlan.create({
      data: { ownerId: people.a.id, title: "共享", data: "{}", shared: true },
    });
    const hidden = await server.prisma.teacherPlan.create({
      data: { ownerId: people.a.id, title: "自己的", data: "{}" },
    });
    const readable = async (u: User) =>
      (await server.prisma.teacherPlan.findMany({ where: readablePlans(u), select: { id: true } }))
        .map((p) => p.id)
        .sort();
    expect(await readable(people.b)).toEqual([plan.id]);
    expect(await readable(people.a)).toEqual([plan.id, hidden.id].sort());
    expect(await readable(people.admin)).toEqual([plan.id, hidden.id].sort());
    expect(await readable(people.student)).toEqual([]);
    expect([people.a, people.b, people.admin, people.student].map((u) => canEditPlan(u, plan))).toEqual([
      true,
      false,
      true,
      false,
    ]);
  });
});

describe("a review's total", () => {
  it("refuses the same exercise listed twice, and a total never exceeds the lesson's points", async () => {
    const { reviewSubmission } = await import("@/app/(teacher)/teacher/submissions/[id]/actions");
    const submission = await server.prisma.submission.findFirstOrThrow({
      where: { userId: people.student.id, assignmentId: ids.assignmentA },
    });
    const defs = exercisesOfLesson(LESSON);
    const first = defs[0]!;
    session.user = people.a;
    const twice = Array.from({ length: 20 }, () => ({ exerciseId: first.id, score: first.points, comment: "" }));
    const refused = await reviewSubmission({
      submissionId: submission.id,
      decision: "grade",
      comment: "",
      exercises: twice,
    });
    expect(refused).toMatchObject({ ok: false, reason: "invalid", message: "同一道练习只能打一次分。" });
    const all = defs.map((d) => ({ exerciseId: d.id, score: d.points, comment: "" }));
    const graded = await reviewSubmission({
      submissionId: submission.id,
      decision: "grade",
      comment: "",
      exercises: all,
    });
    const max = defs.reduce((sum, d) => sum + d.points, 0);
    expect(graded).toMatchObject({ ok: true, data: { score: max } });
    expect((await server.prisma.submission.findUniqueOrThrow({ where: { id: submission.id } })).score).toBe(max);
  });
});

describe("a student's own extension (延期)", () => {
  it("lets that student hand in after the class's cut-off, and nobody else", async () => {
    const lesson = "customer-and-service";
    const closed = await server.prisma.assignment.create({
      data: {
        classId: ids.classB,
        lessonSlug: lesson,
        openAt: new Date("2020-01-01"),
        dueAt: new Date("2020-01-02"),
        cutoffAt: new Date("2020-01-03"),
      },
    });
    session.user = people.student;
    const def = exercisesOfLesson(lesson).find((d) => d.kind === "choice")!;
    const save = await server.net.fetch(`/api/work/${lesson}/answers/${def.id}`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ value: {}, baseVersion: 0 }),
    });
    expect(save.status).toBe(200);
    const submit = (key: string) =>
      server.net.fetch(`/api/work/${lesson}/submit`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ idempotencyKey: key }),
      });
    expect((await submit("ext-key-0001")).status).toBe(409);
    await server.prisma.assignmentExtension.create({
      data: { assignmentId: closed.id, studentId: people.student.id, dueAt: new Date(Date.now() + 86_400_000) },
    });
    const reply = await submit("ext-key-0002");
    expect(reply.status, await reply.clone().text()).toBe(200);
    expect((await reply.json()) as { late: boolean }).toMatchObject({ late: false });
  });
});

describe("merged input is checked before it is written", () => {
  it("a group listing one student twice is refused in Chinese, not a 500", async () => {
    const { createGroup } = await import("@/app/(teacher)/teacher/classes/actions");
    const other = await server.prisma.user.create({
      data: { username: "s2", name: "第二位", passwordHash: "x", role: "STUDENT" },
    });
    await server.prisma.enrollment.create({ data: { classId: ids.classA, studentId: other.id } });
    const form = new FormData();
    form.set("classId", ids.classA);
    form.set("name", "重复组");
    for (const id of [people.student.id, people.student.id, other.id]) form.append("studentIds", id);
    session.user = people.a;
    expect(await createGroup({ ok: false, message: "" }, form)).toMatchObject({
      ok: false,
      reason: "invalid",
      message: "同一位同学只能选一次。",
    });
    expect(await server.prisma.group.count({ where: { name: "重复组" } })).toBe(0);
  });

  it("a 教学反思 that would take the plan past its length limit is refused, and the plan stays readable", async () => {
    const { appendPlanReflection } = await import("@/app/(teacher)/teacher/plans/actions");
    const { planInputs } = await import("@/content/plans");
    const { planSchema } = await import("@/lib/plans/schema");
    const input = { ...planInputs["task-1-customers-and-service"]!, reflection: "反".repeat(19_000) };
    const plan = await server.prisma.teacherPlan.create({
      data: { ownerId: people.a.id, title: input.title, data: JSON.stringify(input) },
    });
    const form = new FormData();
    form.set("planId", plan.id);
    form.set("text", "学".repeat(4_000));
    session.user = people.a;
    const result = await appendPlanReflection({ ok: false, message: "" }, form);
    expect(result).toMatchObject({ ok: false, reason: "invalid" });
    expect(result.message).toContain("教学反思");
    const stored = await server.prisma.teacherPlan.findUniqueOrThrow({ where: { id: plan.id } });
    expect(stored.version).toBe(plan.version);
    expect(planSchema.safeParse(JSON.parse(stored.data)).success).toBe(true);
  });
});
