"use client";

import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  closestCenter,
  useSensor,
  useSensors,
  type DragEndEvent,
} from "@dnd-kit/core";
import {
  SortableContext,
  arrayMove,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import type { OrderAnswer } from "@/lib/exercises/answers";
import type { WidgetProps } from "../types";

function Step({
  id,
  index,
  text,
  count,
  disabled,
  onMove,
  mark,
}: {
  id: string;
  index: number;
  text: string;
  count: number;
  disabled: boolean;
  onMove: (from: number, to: number) => void;
  mark?: { correct: boolean; note?: string };
}) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id, disabled });
  // Pointer and touch drag from the ⠿ handle only, so the step text lets a phone scroll; the keyboard works on the step.
  const { onKeyDown, ...pointerListeners } = listeners ?? {};
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={`flex items-center gap-2 rounded-md border bg-white p-2 ${isDragging ? "z-10 border-brand-600 shadow-lg" : mark ? (mark.correct ? "border-green-400" : "border-red-400") : "border-slate-300"}`}
    >
      <span className="grid size-8 shrink-0 place-items-center rounded-full bg-brand-50 text-sm font-semibold text-brand-800">
        {index + 1}
      </span>
      <button
        type="button"
        {...attributes}
        onKeyDown={onKeyDown as React.KeyboardEventHandler<HTMLButtonElement> | undefined}
        aria-roledescription="可拖动的步骤"
        aria-label={`第 ${index + 1} 步：${text}`}
        className="min-h-10 flex-1 text-left text-[15px] leading-6"
      >
        {text}
        {mark && !mark.correct ? <span className="block text-xs text-red-700">位置不对</span> : null}
      </button>
      {disabled ? null : (
        <span
          {...pointerListeners}
          aria-hidden
          title="按住拖动"
          className="flex h-10 w-7 shrink-0 cursor-grab touch-none items-center justify-center text-slate-500 select-none"
        >
          ⠿
        </span>
      )}
      <div className="flex shrink-0 flex-col gap-1">
        <button
          type="button"
          disabled={disabled || index === 0}
          onClick={() => onMove(index, index - 1)}
          aria-label={`上移“${text}”`}
          className="size-8 rounded border border-slate-300 text-sm disabled:opacity-30"
        >
          ↑
        </button>
        <button
          type="button"
          disabled={disabled || index === count - 1}
          onClick={() => onMove(index, index + 1)}
          aria-label={`下移“${text}”`}
          className="size-8 rounded border border-slate-300 text-sm disabled:opacity-30"
        >
          ↓
        </button>
      </div>
    </li>
  );
}

export function OrderExercise({ exercise, value, onChange, readOnly, feedback }: WidgetProps<"order", OrderAnswer>) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 120, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const text = new Map(exercise.steps.map((s) => [s.id, s.text]));
  const move = (from: number, to: number) => onChange(arrayMove(value, from, to));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    move(value.indexOf(String(active.id)), value.indexOf(String(over.id)));
  };
  return (
    <div>
      <p className="mb-3 text-sm text-slate-600">按住每一步右边的 ⠿ 拖动排出正确顺序，或用 ↑ ↓ 按钮调整。</p>
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
        <SortableContext items={value} strategy={verticalListSortingStrategy}>
          <ol className="space-y-2">
            {value.map((id, index) => (
              <Step
                key={id}
                id={id}
                index={index}
                text={text.get(id) ?? id}
                count={value.length}
                disabled={readOnly}
                onMove={move}
                mark={feedback ? { correct: feedback.items[index]?.correct ?? false } : undefined}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      {/* The right order is shown only when the check may give the key (practice, or after handing in). */}
      {feedback?.items.some((item) => item.note) ? (
        <ol
          className="mt-3 list-inside list-decimal space-y-1 rounded-md bg-slate-50 p-3 text-sm text-slate-700"
          aria-label="正确顺序"
        >
          {feedback.items.map((item) => (
            <li key={item.key}>{text.get(item.key)}</li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
