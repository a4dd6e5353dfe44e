"use client";

import dynamic from "next/dynamic";
import type { ComponentType } from "react";
import type { PublicExercise } from "@/lib/exercises/public";

// Each kind's widget is its own chunk: a page downloads only the kinds it shows.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- callers pair each kind with its own props
export const WIDGETS: Record<PublicExercise["kind"], ComponentType<any>> = {
  table: dynamic(() => import("./table/table-exercise").then((m) => m.TableExercise)),
  choice: dynamic(() => import("./choice/choice-exercise").then((m) => m.ChoiceExercise)),
  classify: dynamic(() => import("./classify/classify-exercise").then((m) => m.ClassifyExercise)),
  order: dynamic(() => import("./order/order-exercise").then((m) => m.OrderExercise)),
  numeric: dynamic(() => import("./numeric/numeric-exercise").then((m) => m.NumericExercise)),
  chat: dynamic(() => import("./chat/chat-exercise").then((m) => m.ChatExercise)),
  typing: dynamic(() => import("./typing/typing-exercise").then((m) => m.TypingExercise)),
  project: dynamic(() => import("./project/project-exercise").then((m) => m.ProjectExercise)),
};

/** Kinds the server can score and explain at once. */
export const AUTO_GRADED = new Set<PublicExercise["kind"]>(["choice", "classify", "order", "numeric"]);
