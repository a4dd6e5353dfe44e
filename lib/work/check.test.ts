import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startWorkServer } from "@/lib/testing/work-server";

// 检查答案 on assessed work gives a few right-or-wrong checks, counted on the server, and the key
// only after the work is handed in; practice work gets the explanation every time; a visitor
// gets nothing (they would read the key before doing the assessed work signed in).

type User = { id: string; name: string; role: "STUDENT" | "TEACHER"; mustChangePassword: boolean };
const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock("@/lib/dal/session", () => ({
  verifySession: async () => session.user,
  sessionWithRole: async (roles: string[]) => (session.user && roles.includes(session.user.role) ? session.user : null),
  userWithRoleOr404: async () => session.user,
  requireArea: async () => session.user,
}));

const EXERCISE = "sc-work-mode";
const answer = { value: { "hotel-checkin": "voice" } };
let server: Awaited<ReturnType<typeof startWorkServer>>;
let student: User;
let assignmentId = "";

beforeAll(async () => {
  server = await startWorkServer("kefu-check-");
  const { prisma } = server;
  const t = await prisma.user.create({
    data: { username: "t-check", name: "李老师", passwordHash: "x", role: "TEACHER" },
  });
  const s = await prisma.user.create({
    data: { username: "c01", name: "检查同学", passwordHash: "x", role: "STUDENT" },
  });
  student = { id: s.id, name: s.name, role: "STUDENT", mustChangePassword: false };
  const cls = await prisma.class.create({ data: { name: "24电商3班", joinCode: "CHECK01", teacherId: t.id } });
  await prisma.enrollment.create({ data: { classId: cls.id, studentId: s.id } });
  assignmentId = (
    await prisma.assignment.create({
      data: { classId: cls.id, lessonSlug: "service-categories", dueAt: new Date(Date.now() + 86_400_000) },
    })
  ).id;
}, 60_000);

afterAll(async () => {
  await server?.close();
});

describe("checkMyAnswer", () => {
  it("refuses a visitor in Chinese, however often they ask, and gives a teacher the explanation", async () => {
    const { checkMyAnswer } = await import("./check");
    session.user = null;
    for (let i = 0; i < 18; i++)
      expect(await checkMyAnswer(EXERCISE, answer)).toEqual({
        ok: false,
        status: 401,
        message: "登录以后才能检查答案。",
      });
    session.user = { id: "t", name: "李老师", role: "TEACHER", mustChangePassword: false };
    const result = await checkMyAnswer(EXERCISE, answer);
    expect(result.ok && result.data.items.some((i) => i.note?.includes("应归入"))).toBe(true);
  });

  it("on assessed work: three checks with right or wrong only, then a Chinese refusal, however fast they come", async () => {
    const { checkMyAnswer } = await import("./check");
    session.user = student;
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => checkMyAnswer(EXERCISE, answer)));
    const ok = results.filter((r) => r.ok);
    expect(ok).toHaveLength(3);
    for (const r of ok) if (r.ok) expect(r.data.items.every((i) => i.note === undefined)).toBe(true);
    expect(ok.map((r) => (r.ok ? r.data.remaining : -1)).sort()).toEqual([0, 1, 2]);
    const refused = results.find((r) => !r.ok);
    expect(refused && !refused.ok && refused.status).toBe(429);
    expect(refused && !refused.ok && refused.message).toContain("3 次检查已经用完");
  });

  it("shows the key once the work is handed in, and on practice work", async () => {
    const { checkMyAnswer } = await import("./check");
    session.user = student;
    await server.prisma.submission.create({
      data: {
        userId: student.id,
        lessonSlug: "service-categories",
        version: 1,
        answers: "{}",
        idempotencyKey: "check-test-1",
        assignmentId,
      },
    });
    const after = await checkMyAnswer(EXERCISE, answer);
    expect(after.ok && after.data.items[0]?.note).toContain("应归入");
    await server.prisma.submission.deleteMany({});
    await server.prisma.assignment.update({ where: { id: assignmentId }, data: { checkMode: "practice" } });
    const practice = await checkMyAnswer(EXERCISE, answer);
    expect(practice.ok && practice.data.items[0]?.note).toContain("应归入");
  });
});
