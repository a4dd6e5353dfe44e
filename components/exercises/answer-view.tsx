"use client";

import type { Feedback } from "@/lib/exercises/feedback";
import type { PublicExercise } from "@/lib/exercises/public";
import { WIDGET_FOR_KIND } from "./widgets";

/** A student's answer drawn by the exercise's own widget, read-only, with the server's marks. */
export function AnswerView({
  exercise,
  value,
  feedback,
}: {
  exercise: PublicExercise;
  value: unknown;
  feedback: Feedback | null;
}) {
  const Widget = WIDGET_FOR_KIND[exercise.kind];
  return <Widget exercise={exercise} value={value} onChange={() => {}} readOnly feedback={feedback} />;
}
