import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { emptyAnswer } from "@/lib/exercises/answers";
import { exercisesOfLesson } from "@/lib/exercises/registry";
import { prng } from "@/lib/testing/fault-sequences";
import { startWorkServer } from "@/lib/testing/work-server";

// Grades are one function: after any sequence of reviews, group reviews (whole exercise or one
// table cell), returns and resubmits, every total — stored on the submission, shown in the class
// matrix, written to the CSV 成绩册 — equals the sum of its parts. Run against the real actions,
// data functions, export route and a migrated SQLite database.

type User = { id: string; name: string; role: "STUDENT" | "TEACHER"; mustChangePassword: boolean };
const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/lib/dal/session", () => ({
  verifySession: async () => session.user,
  sessionWithRole: async (roles: string[]) => (session.user && roles.includes(session.user.role) ? session.user : null),
  userWithRoleOr404: async (roles: string[]) => {
    if (!session.user || !roles.includes(session.user.role)) throw new Error("NEXT_NOT_FOUND");
    return session.user;
  },
  requireArea: async () => session.user,
}));

const LESSON = "haier-case";
const SEQUENCES = 30;
const STEPS = 14;
const defs = exercisesOfLesson(LESSON);

let server: Awaited<ReturnType<typeof startWorkServer>>;
let teacher: User;
const students: User[] = [];
let assignmentId = "";

beforeAll(async () => {
  server = await startWorkServer("kefu-grades-");
  const { prisma } = server;
  const t = await prisma.user.create({
    data: { username: "t-grades", name: "王老师", passwordHash: "x", role: "TEACHER" },
  });
  teacher = { id: t.id, name: t.name, role: "TEACHER", mustChangePassword: false };
  const cls = await prisma.class.create({ data: { name: "24电商2班", joinCode: "GRADES1", teacherId: t.id } });
  for (const n of [1, 2, 3, 4]) {
    const s = await prisma.user.create({
      data: { username: `g0${n}`, name: `学生${n}`, passwordHash: "x", role: "STUDENT" },
    });
    await prisma.enrollment.create({ data: { classId: cls.id, studentId: s.id } });
    students.push({ id: s.id, name: s.name, role: "STUDENT", mustChangePassword: false });
  }
  assignmentId = (
    await prisma.assignment.create({
      data: { classId: cls.id, lessonSlug: LESSON, dueAt: new Date(Date.now() + 86_400_000) },
    })
  ).id;
}, 60_000);

afterAll(async () => {
  await server?.close();
});

const as = (user: User) => (session.user = user);

async function studentSubmits(student: User, text: string) {
  const { saveMyAnswer, submitMyLesson } = await import("@/lib/work/work");
  as(student);
  const { getMyLessonWork } = await import("@/lib/work/work");
  const work = await getMyLessonWork(LESSON);
  if (
    !work.ok ||
    (work.data.submission && work.data.submission.status === "SUBMITTED") ||
    work.data.submission?.status === "GRADED"
  )
    return;
  for (const def of defs) {
    const value = structuredClone(emptyAnswer(def)) as { rows: Record<string, string>[] };
    const key = Object.keys(value.rows[0]!)[0]!;
    value.rows[0]![key] = text;
    await saveMyAnswer(LESSON, def.id, { value, baseVersion: work.data.answers[def.id]?.version ?? 0 });
    work.data.answers[def.id] = { value, version: (work.data.answers[def.id]?.version ?? 0) + 1 };
  }
  await submitMyLesson(LESSON, { idempotencyKey: `key-${text}` });
}

async function latestSubmissions() {
  return server.prisma.submission.findMany({
    where: { lessonSlug: LESSON },
    orderBy: { version: "desc" },
    distinct: ["userId"],
  });
}

async function checkTotals(where: string, problems: string[]) {
  as(teacher);
  const { getAssignmentOverview } = await import("@/lib/dal/assignments");
  const { GET } = await import("@/app/api/assignments/[id]/gradebook/route");
  const overview = await getAssignmentOverview(assignmentId);
  const csv = await (
    await GET(new Request(`http://kefu.test/api/assignments/${assignmentId}/gradebook?format=csv`), {
      params: Promise.resolve({ id: assignmentId }),
    })
  ).text();
  const [header, ...lines] = csv
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r?\n/)
    .map((l) => l.split(","));
  const totalAt = header!.indexOf("总分");
  for (const row of overview!.rows) {
    if (!row.latest) continue;
    const parts = Object.values(row.latest.parts).filter((v): v is number => v !== null);
    const sum = parts.length ? parts.reduce((a, b) => a + b, 0) : null;
    if (row.latest.total !== sum)
      problems.push(`${where}: matrix total ${row.latest.total} ≠ parts ${sum} for ${row.student.username}`);
    const stored = await server.prisma.submission.findUniqueOrThrow({ where: { id: row.latest.id } });
    if (stored.score !== null && stored.score !== (sum ?? 0))
      problems.push(`${where}: stored total ${stored.score} ≠ parts ${sum} for ${row.student.username}`);
    const line = lines.find((l) => l[0] === row.student.username)!;
    const csvParts = line
      .slice(4, totalAt)
      .filter((v) => v !== "")
      .map(Number);
    const csvSum = csvParts.length ? csvParts.reduce((a, b) => a + b, 0) : null;
    if ((line[totalAt] === "" ? null : Number(line[totalAt])) !== csvSum)
      problems.push(`${where}: CSV total ${line[totalAt]} ≠ parts ${csvSum} for ${row.student.username}`);
  }
}

describe("grades under any mix of reviewing, group reviewing, returning and resubmitting", () => {
  it(`keep every total equal to the sum of its parts over ${SEQUENCES} sequences`, async () => {
    const { reviewSubmission, reviewGroup } = await import("@/app/(teacher)/teacher/submissions/[id]/actions");
    const problems: string[] = [];
    for (let seed = 1; seed <= SEQUENCES && problems.length === 0; seed++) {
      const random = prng(seed);
      const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
      const score = (max: number) => (random() < 0.2 ? null : Math.round(random() * max * 2) / 2);
      await server.prisma.submission.deleteMany({});
      await server.prisma.answer.deleteMany({});
      for (const [i, s] of students.entries()) await studentSubmits(s, `种子${seed}-${i}-初稿`);
      for (let step = 0; step < STEPS; step++) {
        const op = pick(["review", "review", "group", "cell", "resubmit"] as const);
        const latest = await latestSubmissions();
        as(teacher);
        if (op === "review") {
          const target = pick(latest);
          await reviewSubmission({
            submissionId: target.id,
            decision: pick(["grade", "return"] as const),
            comment: "总评",
            exercises: defs.map((d) => ({ exerciseId: d.id, score: score(d.points), comment: "" })),
          });
        } else if (op === "group" || op === "cell") {
          const members = latest.filter(() => random() < 0.6);
          const def = pick(defs);
          if (members.length)
            await reviewGroup({
              submissionIds: members.map((m) => m.id),
              exerciseId: def.id,
              ...(op === "cell"
                ? { cell: "0:" + (def.kind === "table" ? def.columns[0]!.key : "x"), score: null }
                : { score: score(def.points) }),
              comment: "整组评语",
            });
        } else {
          await studentSubmits(pick(students), `种子${seed}-第${step}步`);
        }
        await checkTotals(`seed ${seed} step ${step + 1} (${op})`, problems);
      }
    }
    expect(problems.slice(0, 5)).toEqual([]);
  }, 120_000);
});
