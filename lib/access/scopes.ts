import type { Prisma } from "@/generated/prisma/client";
import type { Role } from "@/lib/auth/roles";

// Who may see and change what, written once. Each rule is a pure function of the signed-in
// user: a Prisma filter for queries (the data layer adds it to every read and write) or a
// predicate on a row already loaded. A row outside the scope is "not found" to the caller.

export type Actor = { id: string; role: Role };

/** Matches nothing: the scope of a role that has no business with the rows. */
const NOTHING = { id: { in: [] as string[] } };

/** Classes the actor teaches; an admin: every class. */
export function taughtClasses(actor: Actor): Prisma.ClassWhereInput {
  if (actor.role === "ADMIN") return {};
  if (actor.role === "TEACHER") return { teacherId: actor.id };
  return NOTHING;
}

/** Assignments set to a class the actor teaches. */
export function taughtAssignments(actor: Actor): Prisma.AssignmentWhereInput {
  return actor.role === "ADMIN" ? {} : { class: taughtClasses(actor) };
}

/** Groups of a class the actor teaches. */
export function taughtGroups(actor: Actor): Prisma.GroupWhereInput {
  return actor.role === "ADMIN" ? {} : { class: taughtClasses(actor) };
}

/** Enrolments in a class the actor teaches. */
export function taughtEnrollments(actor: Actor): Prisma.EnrollmentWhereInput {
  return actor.role === "ADMIN" ? {} : { class: taughtClasses(actor) };
}

/** Students of a class the actor teaches; an admin: every account. */
export function taughtStudents(actor: Actor): Prisma.UserWhereInput {
  if (actor.role === "ADMIN") return {};
  if (actor.role !== "TEACHER") return NOTHING;
  return { role: "STUDENT", enrollments: { some: { class: { teacherId: actor.id } } } };
}

/**
 * Submissions the actor may read and grade: work handed in to an assignment of a class they
 * teach — decided by the submission's own assignment, never by "the student is in some class of
 * mine" (a student in two teachers' classes). Work handed in where the lesson was not assigned
 * belongs to no assignment; the teachers of the student's classes may see it.
 */
export function reviewableSubmissions(actor: Actor): Prisma.SubmissionWhereInput {
  if (actor.role === "ADMIN") return {};
  if (actor.role !== "TEACHER") return NOTHING;
  return {
    OR: [
      { assignment: { class: { teacherId: actor.id } } },
      { assignmentId: null, user: { enrollments: { some: { class: { teacherId: actor.id } } } } },
    ],
  };
}

/** 教案 the actor may open: their own and the ones colleagues share; an admin: all. */
export function readablePlans(actor: Actor): Prisma.TeacherPlanWhereInput {
  if (actor.role === "ADMIN") return {};
  if (actor.role !== "TEACHER") return NOTHING;
  return { OR: [{ ownerId: actor.id }, { shared: true }] };
}

/** Only the owner (or an admin) changes a 教案; anyone who may read it may copy it. */
export function canEditPlan(actor: Actor, plan: { ownerId: string }): boolean {
  return actor.role === "ADMIN" || (actor.role === "TEACHER" && plan.ownerId === actor.id);
}

/** 评语库 entries and 评分标准 are the actor's own, whatever their role. */
export function ownedBy(actor: Actor) {
  return { teacherId: actor.id };
}
