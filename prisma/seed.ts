import { createPrismaClient, type Db } from "../lib/db-client";
import { databaseUrl } from "../lib/env";
import { checkAnswer } from "../lib/exercises/answers";
import { findExercise } from "../lib/exercises/registry";
import { generateJoinCode } from "../lib/classes/join-code";
import { hashPassword } from "../lib/password";
import { DEMO_ADMIN, DEMO_CLASS, DEMO_PASSWORD, DEMO_STUDENTS, DEMO_SUBMISSIONS, DEMO_TEACHER } from "./demo-school";

/**
 * Seeds the demo school into an empty database. Safe to run again: a database that already
 * has accounts is left alone, and every write is an upsert keyed by username or name.
 */
export async function seedDemoSchool(db: Db): Promise<"seeded" | "skipped"> {
  if ((await db.user.count()) > 0) return "skipped";
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const account = (role: "ADMIN" | "TEACHER" | "STUDENT", user: { username: string; name: string; email?: string }) =>
    db.user.upsert({
      where: { username: user.username },
      update: {},
      create: { ...user, role, passwordHash, mustChangePassword: false },
      select: { id: true },
    });

  await account("ADMIN", DEMO_ADMIN);
  const teacher = await account("TEACHER", DEMO_TEACHER);
  const students = [];
  for (const s of DEMO_STUDENTS) students.push(await account("STUDENT", s));

  const existing = await db.class.findFirst({
    where: { name: DEMO_CLASS.name, teacherId: teacher.id },
    select: { id: true },
  });
  const cls =
    existing ??
    (await db.class.create({
      data: { ...DEMO_CLASS, teacherId: teacher.id, joinCode: generateJoinCode() },
      select: { id: true },
    }));
  for (const student of students) {
    await db.enrollment.upsert({
      where: { classId_studentId: { classId: cls.id, studentId: student.id } },
      update: {},
      create: { classId: cls.id, studentId: student.id },
    });
  }
  await seedDemoSubmissions(db, cls.id);
  return "seeded";
}

const DAY = 86_400_000;

async function seedDemoSubmissions(db: Db, classId: string) {
  const now = Date.now();
  const assignment = await db.assignment.create({
    data: { classId, lessonSlug: "haier-case", openAt: new Date(now - DAY), dueAt: new Date(now + 7 * DAY) },
    select: { id: true },
  });
  for (const demo of DEMO_SUBMISSIONS) {
    const student = await db.user.findUniqueOrThrow({ where: { username: demo.username }, select: { id: true } });
    for (const [exerciseId, value] of Object.entries(demo.answers)) {
      const def = findExercise(exerciseId);
      const checked = def && checkAnswer(def, value);
      if (!def || !checked?.ok) throw new Error(`demo answer for ${exerciseId} does not fit the exercise`);
      await db.answer.upsert({
        where: { userId_exerciseId: { userId: student.id, exerciseId } },
        update: {},
        create: { userId: student.id, lessonSlug: def.lesson, exerciseId, value: JSON.stringify(checked.value) },
      });
    }
    const review = demo.review;
    await db.submission.upsert({
      where: { userId_idempotencyKey: { userId: student.id, idempotencyKey: "demo-seed" } },
      update: {},
      create: {
        userId: student.id,
        lessonSlug: "haier-case",
        assignmentId: assignment.id,
        version: 1,
        answers: JSON.stringify(demo.answers),
        idempotencyKey: "demo-seed",
        submittedAt: new Date(now - DAY / 2),
        ...(review
          ? {
              status: "GRADED" as const,
              score: review.exercises.reduce((s, e) => s + e.score, 0),
              comment: review.comment,
              gradedAt: new Date(now - DAY / 4),
              reviews: { create: review.exercises },
            }
          : {}),
      },
    });
  }
}

/** True while the demo teacher account exists, i.e. the logins below still mean something. */
export async function demoSchoolPresent(db: Db): Promise<boolean> {
  return (await db.user.count({ where: { username: { in: [DEMO_ADMIN.username, DEMO_TEACHER.username] } } })) === 2;
}

export function demoLoginsText(): string {
  const students = DEMO_STUDENTS.map((s) => s.username).join(" ");
  return [
    "演示学校的登录账号（密码均为 " + DEMO_PASSWORD + "）：",
    `  管理员  ${DEMO_ADMIN.username}`,
    `  教师    ${DEMO_TEACHER.username}（${DEMO_TEACHER.name}，班级 ${DEMO_CLASS.name}）`,
    `  学生    ${students}`,
  ].join("\n");
}

// `npm run db:seed` / `prisma db seed`: seed the database named by DATABASE_URL.
if (import.meta.url === `file://${process.argv[1]}`) {
  const db = createPrismaClient(databaseUrl());
  const result = await seedDemoSchool(db);
  console.info(result === "seeded" ? "已建立演示学校。" : "数据库里已有账号，未写入演示数据。");
  if (await demoSchoolPresent(db)) console.info(demoLoginsText());
  await db.$disconnect();
}
