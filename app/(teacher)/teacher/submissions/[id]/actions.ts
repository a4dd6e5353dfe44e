"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ownedBy, reviewableSubmissions } from "@/lib/access/scopes";
import { action, notYours } from "@/lib/actions/action";
import { done, refused } from "@/lib/actions/result";
import { prisma } from "@/lib/db";
import { CELL_KEY } from "@/lib/exercises/kinds/cell-key";
import { exercisesOfLesson } from "@/lib/exercises/registry";
import { partScores, totalScore } from "@/lib/grades/total";
import { commonMessages } from "@/lib/messages/common";
import { levelToStore } from "@/lib/rubrics/rubric";

const reviewSchema = z
  .object({
    submissionId: z.string().min(1).max(40),
    decision: z.enum(["grade", "return"]),
    comment: z.string().max(2000, "总评最多 2000 字。"),
    exercises: z
      .array(
        z
          .object({
            exerciseId: z.string().min(1).max(100),
            score: z.number({ error: "分数要填数字。" }).min(0, "分数不能小于 0。").nullable(),
            comment: z.string().max(2000, "评语最多 2000 字。"),
            // Comments on single table cells, keyed "row:column".
            cells: z.record(z.string().regex(CELL_KEY), z.string().max(500, "单格评语最多 500 字。")).optional(),
            // The rubric level the score was picked with, kept as it reads now.
            rubricLevel: z
              .object({ label: z.string().min(1).max(20), points: z.number().min(0) })
              .strict()
              .nullable()
              .optional(),
          })
          .strict(),
      )
      .max(50)
      .refine((list) => new Set(list.map((e) => e.exerciseId)).size === list.length, "同一道练习只能打一次分。"),
  })
  .strict();

function nonEmpty(cells: Record<string, string> | undefined) {
  return Object.fromEntries(Object.entries(cells ?? {}).filter(([, text]) => text.trim() !== ""));
}

/**
 * Records the teacher's scores and comments and either finishes the review (批改完成) or sends
 * the work back for revision (退回修改). Only the teacher of the assignment the work was handed in to may do it.
 */
export const reviewSubmission = action({
  roles: ["TEACHER", "ADMIN"],
  input: reviewSchema,
  run: async ({ submissionId, decision, comment, exercises }, user) => {
    const submission = await prisma.submission.findFirst({
      where: { id: submissionId, ...reviewableSubmissions(user) },
      select: { id: true, lessonSlug: true, answers: true },
    });
    if (!submission) notYours();
    const defs = new Map(exercisesOfLesson(submission.lessonSlug).map((d) => [d.id, d]));
    for (const e of exercises) {
      const def = defs.get(e.exerciseId);
      if (!def) return refused(commonMessages.invalidInput, { reason: "invalid" });
      if (e.score !== null && e.score > def.points)
        return refused(`“${def.title}”最多 ${def.points} 分。`, { reason: "invalid" });
    }
    const total = await prisma.$transaction(async (tx) => {
      for (const e of exercises) {
        const fields = {
          score: e.score,
          comment: e.comment,
          cells: JSON.stringify(nonEmpty(e.cells)),
          rubricLevel: levelToStore(e.rubricLevel, e.score),
        };
        await tx.exerciseReview.upsert({
          where: { submissionId_exerciseId: { submissionId, exerciseId: e.exerciseId } },
          update: fields,
          create: { submissionId, exerciseId: e.exerciseId, ...fields },
        });
      }
      const score = (await storedTotal(tx, submission)) ?? 0;
      await tx.submission.update({
        where: { id: submissionId },
        data: { score, comment, status: decision === "grade" ? "GRADED" : "RETURNED", gradedAt: new Date() },
      });
      return score;
    });
    revalidatePath(`/teacher/submissions/${submissionId}`);
    revalidatePath("/teacher");
    return done(decision === "grade" ? `批改完成，总分 ${total}。` : "已退回，学生修改后可以重新提交。", {
      score: total,
    });
  },
});

type Tx = Parameters<Parameters<typeof prisma.$transaction>[0]>[0];

/** A submission's total from its parts as they stand in the database (the one grading function). */
async function storedTotal(tx: Tx, submission: { id: string; lessonSlug: string; answers: string }) {
  const given = await tx.exerciseReview.findMany({
    where: { submissionId: submission.id },
    select: { exerciseId: true, score: true },
  });
  return totalScore(
    partScores(
      exercisesOfLesson(submission.lessonSlug),
      JSON.parse(submission.answers) as Record<string, unknown>,
      given,
    ),
  );
}

const groupSchema = z
  .object({
    submissionIds: z.array(z.string().min(1).max(40)).min(1).max(200),
    exerciseId: z.string().min(1).max(100),
    // A table cell ("row:column"): the group gets a comment on that cell, and no exercise score.
    cell: z.string().regex(CELL_KEY).optional(),
    score: z.number({ error: "分数要填数字。" }).min(0, "分数不能小于 0。").nullable(),
    comment: z.string().max(2000, "评语最多 2000 字。"),
  })
  .strict();

/**
 * For a group of identical answers: the same score and comment on one exercise, or — for one
 * table cell — the same comment on that cell, leaving each student's exercise score alone. Graded
 * totals are recomputed from their parts in the same transaction.
 */
export const reviewGroup = action({
  roles: ["TEACHER", "ADMIN"],
  input: groupSchema,
  run: async ({ submissionIds, exerciseId, cell, score, comment }, user) => {
    const submissions = await prisma.submission.findMany({
      where: { id: { in: submissionIds }, ...reviewableSubmissions(user) },
      select: {
        id: true,
        lessonSlug: true,
        answers: true,
        score: true,
        reviews: { where: { exerciseId }, select: { cells: true } },
      },
    });
    if (submissions.length !== new Set(submissionIds).size) notYours();
    const def = exercisesOfLesson(submissions[0]?.lessonSlug ?? "").find((d) => d.id === exerciseId);
    if (!def || submissions.some((s) => s.lessonSlug !== def.lesson))
      return refused(commonMessages.invalidInput, { reason: "invalid" });
    if (score !== null && score > def.points)
      return refused(`“${def.title}”最多 ${def.points} 分。`, { reason: "invalid" });
    if (cell && def.kind !== "table") return refused(commonMessages.invalidInput, { reason: "invalid" });
    await prisma.$transaction(async (tx) => {
      for (const submission of submissions) {
        const where = { submissionId_exerciseId: { submissionId: submission.id, exerciseId } };
        if (cell) {
          const cells = {
            ...(JSON.parse(submission.reviews[0]?.cells ?? "{}") as Record<string, string>),
            [cell]: comment,
          };
          const stored = JSON.stringify(nonEmpty(cells));
          await tx.exerciseReview.upsert({
            where,
            update: { cells: stored },
            create: { submissionId: submission.id, exerciseId, score: null, comment: "", cells: stored },
          });
        } else {
          await tx.exerciseReview.upsert({
            where,
            update: { score, comment, rubricLevel: null },
            create: { submissionId: submission.id, exerciseId, score, comment },
          });
        }
        // A total already given follows its parts.
        if (submission.score !== null)
          await tx.submission.update({
            where: { id: submission.id },
            data: { score: (await storedTotal(tx, submission)) ?? 0 },
          });
      }
    });
    revalidatePath("/teacher");
    const count = submissions.length;
    return done(cell ? `已给 ${count} 位同学写上这一格的评语（各自的分数不变）。` : `已给 ${count} 位同学打分。`, {
      count,
    });
  },
});

const bankText = z.string().trim().min(1, "评语不能为空。").max(300, "存入评语库的评语最多 300 字。");

/** Saves a comment to the caller's 评语库 (once; saving the same text again does nothing). */
export const saveToCommentBank = action({
  roles: ["TEACHER", "ADMIN"],
  input: bankText,
  run: async (text, user) => {
    const entry = await prisma.commentBankEntry.upsert({
      where: { teacherId_text: { ...ownedBy(user), text } },
      update: {},
      create: { ...ownedBy(user), text },
      select: { id: true, text: true },
    });
    return done("已存入评语库。", entry);
  },
});

/** Removes one of the caller's own 评语库 entries. */
export const removeFromCommentBank = action({
  roles: ["TEACHER", "ADMIN"],
  input: z.string().min(1).max(40),
  run: async (id, user) => {
    await prisma.commentBankEntry.deleteMany({ where: { id, ...ownedBy(user) } });
    return done();
  },
});
