import type { z } from "zod";
import { exerciseMessages as m } from "@/lib/messages/exercises";
import type { Exercise } from "./definition";
import { kindOf } from "./kinds";

// The shape of a student's answer to each kind, derived from the exercise's own definition by the
// kind's module (./kinds), so the server accepts exactly what the widget can produce — and a clear
// message otherwise.

export type { ChatAnswer } from "./kinds/chat";
export type { ChoiceAnswer } from "./kinds/choice";
export type { ClassifyAnswer } from "./kinds/classify";
export type { NumericAnswer } from "./kinds/numeric";
export type { OrderAnswer } from "./kinds/order";
export type { ProjectAnswer } from "./kinds/project";
export type { TableAnswer } from "./kinds/table";
export type { TypingAnswer } from "./kinds/typing";
export type { AnswerOf } from "./kinds";
export { shuffledOrder } from "./kinds/order";

export function answerSchemaFor(def: Exercise): z.ZodType {
  return kindOf(def).answerSchema(def);
}

/** An empty answer a widget starts from. */
export function emptyAnswer(def: Exercise): unknown {
  return kindOf(def).emptyAnswer(def);
}

export type AnswerCheck = { ok: true; value: unknown } | { ok: false; message: string };

export function checkAnswer(def: Exercise, value: unknown): AnswerCheck {
  // The kinds' own messages name the box or the limit; anything else malformed (a field that is not
  // theirs, a wrong type, an option too many) is answered in Chinese too, not in zod's English.
  const parsed = answerSchemaFor(def).safeParse(value, { error: () => m.invalidAnswer });
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, message: parsed.error.issues[0]?.message ?? m.invalidAnswer };
}
