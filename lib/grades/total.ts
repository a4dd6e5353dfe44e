import type { Exercise } from "@/lib/exercises/definition";
import { gradeExercise } from "@/lib/exercises/grading";

// The one place a score is added up. Every view and export — the review screen, the class
// matrix, the charts, the 成绩册 (Excel and CSV) and the stored total of a graded submission —
// takes its parts and its total from here, so they can never disagree.

export type GivenScore = { exerciseId: string; score: number | null };

/**
 * One exercise's score as it counts: the teacher's where they gave one, else the auto-graded
 * score of the submitted answer (null: nobody has scored it yet).
 */
export function partScore(def: Exercise, answer: unknown, given: GivenScore | undefined): number | null {
  if (given && given.score !== null) return given.score;
  if (answer === undefined) return null;
  const grade = gradeExercise(def, answer);
  return grade.auto ? grade.score : null;
}

/** Every exercise's part of one submission. */
export function partScores(
  defs: readonly Exercise[],
  answers: Record<string, unknown>,
  given: readonly GivenScore[],
): Record<string, number | null> {
  return Object.fromEntries(
    defs.map((def) => [
      def.id,
      partScore(
        def,
        answers[def.id],
        given.find((g) => g.exerciseId === def.id),
      ),
    ]),
  );
}

/** The total of the parts (null when no part is scored yet). Half points stay exact. */
export function totalScore(parts: Record<string, number | null>): number | null {
  const scored = Object.values(parts).filter((v): v is number => v !== null);
  return scored.length ? Math.round(scored.reduce((a, b) => a + b, 0) * 2) / 2 : null;
}

/** The exercises nobody has scored yet, in lesson order. */
export function unscoredParts(defs: readonly Exercise[], parts: Record<string, number | null>): Exercise[] {
  return defs.filter((def) => parts[def.id] === null || parts[def.id] === undefined);
}
