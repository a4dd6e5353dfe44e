import { z } from "zod";
import { exerciseMessages as m } from "@/lib/messages/exercises";
import { KIND_FACTS } from "../labels";
import { baseFields, chars, teacherMarking, text } from "./shared";
import type { KindModule } from "./types";

// 对话演练: a reply to each customer message; the 话术 checklist is a self-check, the teacher scores.

export const chatExerciseSchema = z.object({
  ...baseFields,
  kind: z.literal("chat"),
  stage: z.enum(["售前", "售中", "售后"]),
  scenario: text,
  customerMessages: z.array(text).min(1).max(10),
  checklist: z.array(z.object({ label: text, anyOf: z.array(text).min(1) })).min(1),
  maxLength: z.number().int().min(10).max(1000).default(300),
});

type ChatExercise = z.output<typeof chatExerciseSchema>;

function answerSchema(def: ChatExercise) {
  const reply = chars(def.maxLength, m.replyTooLong(def.maxLength));
  return z.object({ replies: z.array(reply).max(def.customerMessages.length) }).strict();
}

export type ChatAnswer = z.output<ReturnType<typeof answerSchema>>;

export const chat = {
  kind: "chat",
  label: KIND_FACTS.chat.label,
  autoGraded: KIND_FACTS.chat.autoGraded,
  definition: chatExerciseSchema,
  answerSchema,
  emptyAnswer: () => ({ replies: [] }),
  mark: teacherMarking,
  answerText: (_def, answer) => answer.replies.map((r, i) => `${i + 1}. ${r}`).join("\n"),
  toPublic: (def) => def,
} satisfies KindModule<"chat", ChatAnswer>;
