import { z } from "zod";
import { exerciseMessages as m } from "@/lib/messages/exercises";
import { KIND_FACTS } from "../labels";
import { baseFields, chars, id, teacherMarking, text } from "./shared";
import type { KindModule } from "./types";

// 简答 / 项目: written sections, often group work; the teacher scores.

export const projectExerciseSchema = z.object({
  ...baseFields,
  kind: z.literal("project"),
  group: z.boolean().default(true),
  sections: z
    .array(z.object({ id, title: text, guidance: text, maxLength: z.number().int().min(10).max(20000).default(5000) }))
    .min(1),
});

type ProjectExercise = z.output<typeof projectExerciseSchema>;

function answerSchema(def: ProjectExercise) {
  const section = (s: ProjectExercise["sections"][number]) =>
    chars(s.maxLength, m.sectionTooLong(s.title, s.maxLength)).optional();
  return z.object(Object.fromEntries(def.sections.map((s) => [s.id, section(s)]))).strict();
}

export type ProjectAnswer = z.output<ReturnType<typeof answerSchema>>;

export const project = {
  kind: "project",
  label: KIND_FACTS.project.label,
  autoGraded: KIND_FACTS.project.autoGraded,
  definition: projectExerciseSchema,
  answerSchema,
  emptyAnswer: () => ({}),
  mark: teacherMarking,
  answerText: (def, answer) => def.sections.map((s) => `【${s.title}】${answer[s.id] ?? ""}`).join("\n"),
  toPublic: (def) => def,
} satisfies KindModule<"project", ProjectAnswer>;
