import type { Exercise } from "./definition";
import type { ChoiceAnswer, ClassifyAnswer, NumericAnswer, OrderAnswer, TypingAnswer } from "./answers";
import { parseTypedNumber } from "./typed-number";

export { parseTypedNumber } from "./typed-number";

export type Grade =
  | { auto: true; score: number; max: number; correct: number; total: number }
  | { auto: false; max: number };

const roundHalf = (n: number) => Math.round(n * 2) / 2;

function proportional(points: number, correct: number, total: number): Grade {
  return { auto: true, score: total === 0 ? 0 : roundHalf((points * correct) / total), max: points, correct, total };
}

function sameSet(a: readonly string[], b: readonly string[]) {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/**
 * Scores an answer where the kind allows it (choice, classify, order, numeric); the other kinds
 * are for the teacher. `answer` must already have passed the exercise's answer schema.
 */
export function gradeExercise(def: Exercise, answer: unknown): Grade {
  switch (def.kind) {
    case "choice": {
      const a = (answer ?? {}) as ChoiceAnswer;
      const correct = def.questions.filter((q) => sameSet(a[q.id] ?? [], q.answer)).length;
      return proportional(def.points, correct, def.questions.length);
    }
    case "classify": {
      const a = (answer ?? {}) as ClassifyAnswer;
      const correct = def.items.filter((i) => a[i.id] === i.bucket).length;
      return proportional(def.points, correct, def.items.length);
    }
    case "order": {
      const a = (answer ?? []) as OrderAnswer;
      const correct = def.steps.filter((s, i) => a[i] === s.id).length;
      return proportional(def.points, correct, def.steps.length);
    }
    case "numeric": {
      const a = (answer ?? {}) as NumericAnswer;
      const correct = def.questions.filter((q) => {
        const n = parseTypedNumber(a[q.id]);
        return n !== null && Math.abs(n - q.answer) <= q.tolerance + 1e-9;
      }).length;
      return proportional(def.points, correct, def.questions.length);
    }
    default:
      return { auto: false, max: def.points };
  }
}

export type TypingResult = { chars: number; correctChars: number; cpm: number; accuracy: number };

/** Speed (字/分钟, counting correct characters) and accuracy of a typing attempt. */
export function measureTyping(passage: string, answer: TypingAnswer): TypingResult {
  const typed = [...answer.typed.replace(/\s/g, "")];
  const target = [...passage.replace(/\s/g, "")];
  const correctChars = typed.filter((ch, i) => target[i] === ch).length;
  const minutes = answer.elapsedMs / 60_000;
  return {
    chars: typed.length,
    correctChars,
    cpm: minutes > 0 ? Math.round(correctChars / minutes) : 0,
    accuracy: typed.length ? Math.round((correctChars / typed.length) * 1000) / 1000 : 0,
  };
}
