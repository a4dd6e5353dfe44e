// Bench data written straight into the bench database: a 50-student class with the haier-case
// worksheet assigned, and 1,000 more students for the sign-in storm (one shared password hash,
// so preparing them costs one argon2 run, not a thousand).
import { createPrismaClient } from "../../lib/db-client";
import { findExercise } from "../../lib/exercises/registry";
import { hashPassword } from "../../lib/password";

export const PASSWORD = "bench-pass-2026";
export const CLASS_SIZE = 50;
export const SCHOOL_SIZE = 1000;
export const classStudent = (i: number) => `b${String(i + 1).padStart(3, "0")}`;
export const schoolStudent = (i: number) => `l${String(i + 1).padStart(4, "0")}`;

/** A valid answer to a table exercise with every cell filled: what a diligent student saves. */
export function tableAnswer(exerciseId: string, text: string) {
  const def = findExercise(exerciseId);
  if (def?.kind !== "table") throw new Error(`${exerciseId} is not a table exercise`);
  const rows = def.rows.mode === "fixed" ? def.rows.labels.length : def.rows.initial;
  const cell = (type: string) => (type === "number" ? "12" : text);
  return {
    rows: Array.from({ length: rows }, () =>
      Object.fromEntries(def.columns.map((c) => [c.key, c.type === "select" ? (c.options?.[0] ?? "") : cell(c.type)])),
    ),
  };
}

export async function prepare(dbFile: string) {
  const db = createPrismaClient(`file:./${dbFile}`);
  try {
    const hash = await hashPassword(PASSWORD);
    const teacher = await db.user.findUniqueOrThrow({ where: { username: "teacher" } });
    await db.user.createMany({
      data: [
        ...Array.from({ length: CLASS_SIZE }, (_, i) => ({
          username: classStudent(i),
          name: `压测学生${i + 1}`,
          passwordHash: hash,
        })),
        ...Array.from({ length: SCHOOL_SIZE }, (_, i) => ({
          username: schoolStudent(i),
          name: `全校学生${i + 1}`,
          passwordHash: hash,
        })),
      ],
    });
    await db.user.update({ where: { id: teacher.id }, data: { passwordHash: hash } });
    const students = await db.user.findMany({ where: { username: { startsWith: "b" } }, select: { id: true } });
    const cls = await db.class.create({
      data: {
        name: "压测班",
        term: "2026 秋",
        joinCode: "BENCH50",
        teacherId: teacher.id,
        enrollments: { create: students.map((s) => ({ studentId: s.id })) },
      },
    });
    const assignment = await db.assignment.create({
      data: { classId: cls.id, lessonSlug: "haier-case", dueAt: new Date(Date.now() + 86_400_000) },
    });
    return { classId: cls.id, assignmentId: assignment.id };
  } finally {
    await db.$disconnect();
  }
}

/** Every bench student's current draft of one exercise, for checking writes after a run. */
export async function drafts(dbFile: string, exerciseId: string) {
  const db = createPrismaClient(`file:./${dbFile}`);
  try {
    const rows = await db.answer.findMany({
      where: { exerciseId, user: { username: { startsWith: "b" } } },
      select: { value: true, version: true, user: { select: { username: true } } },
    });
    return new Map(rows.map((r) => [r.user.username, { value: r.value, version: r.version }]));
  } finally {
    await db.$disconnect();
  }
}

export async function submissionIds(dbFile: string, assignmentId: string) {
  const db = createPrismaClient(`file:./${dbFile}`);
  try {
    const rows = await db.submission.findMany({ where: { assignmentId }, select: { id: true, userId: true } });
    return { ids: rows.map((r) => r.id), students: new Set(rows.map((r) => r.userId)).size, rows: rows.length };
  } finally {
    await db.$disconnect();
  }
}
