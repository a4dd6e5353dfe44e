"use client";

import dynamic from "next/dynamic";
import type { ComponentType } from "react";
import type { ExerciseKind } from "@/lib/exercises/definition";
import type { AnswerOf } from "@/lib/exercises/kinds";
import { AUTO_GRADED_KINDS } from "@/lib/exercises/labels";
import type { WidgetProps } from "./types";

/** Each kind's widget, with that kind's own public definition and answer. */
type Widgets = { [K in ExerciseKind]: ComponentType<WidgetProps<K, AnswerOf<K>>> };

// Each kind's widget is its own chunk: a page downloads only the kinds it shows.
export const WIDGETS: Widgets = {
  table: dynamic(() => import("./table/table-exercise").then((m) => m.TableExercise)),
  choice: dynamic(() => import("./choice/choice-exercise").then((m) => m.ChoiceExercise)),
  classify: dynamic(() => import("./classify/classify-exercise").then((m) => m.ClassifyExercise)),
  order: dynamic(() => import("./order/order-exercise").then((m) => m.OrderExercise)),
  numeric: dynamic(() => import("./numeric/numeric-exercise").then((m) => m.NumericExercise)),
  chat: dynamic(() => import("./chat/chat-exercise").then((m) => m.ChatExercise)),
  typing: dynamic(() => import("./typing/typing-exercise").then((m) => m.TypingExercise)),
  project: dynamic(() => import("./project/project-exercise").then((m) => m.ProjectExercise)),
};

/**
 * The same widgets, for an exercise whose kind is known only at run time. The value a widget gets
 * is the stored answer, which passed that kind's answer schema (or is the kind's empty answer):
 * the pairing of each kind with its own answer type is asserted here, once.
 */
export const WIDGET_FOR_KIND = WIDGETS as {
  readonly [K in ExerciseKind]: ComponentType<WidgetProps<ExerciseKind, unknown>>;
};

/** Kinds the server can score and explain at once (the kind modules' `autoGraded`). */
export const AUTO_GRADED: ReadonlySet<ExerciseKind> = AUTO_GRADED_KINDS;
