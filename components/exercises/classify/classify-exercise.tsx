"use client";

import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  closestCenter,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
  type KeyboardCoordinateGetter,
} from "@dnd-kit/core";
import { useState } from "react";
import type { ClassifyAnswer } from "@/lib/exercises/answers";
import { Mark } from "../check/check-panel";
import { markFor, type WidgetProps } from "../types";

const POOL = "__pool";

// Arrow keys jump from one bucket to the next instead of nudging the card a few pixels.
const jumpBetweenBuckets: KeyboardCoordinateGetter = (event, { context }) => {
  const { active, droppableRects, droppableContainers, collisionRect } = context;
  if (!active || !collisionRect) return undefined;
  const forward = event.code === "ArrowRight" || event.code === "ArrowDown";
  const backward = event.code === "ArrowLeft" || event.code === "ArrowUp";
  if (!forward && !backward) return undefined;
  event.preventDefault();
  const ids = droppableContainers.getEnabled().map((c) => c.id);
  const over = context.over?.id ?? POOL;
  const index = ids.indexOf(over);
  const next = ids[(index + (forward ? 1 : -1) + ids.length) % ids.length];
  const rect = next !== undefined ? droppableRects.get(next) : undefined;
  if (!rect) return undefined;
  return {
    x: rect.left + rect.width / 2 - collisionRect.width / 2,
    y: rect.top + rect.height / 2 - collisionRect.height / 2,
  };
};

type CardProps = {
  id: string;
  text: string;
  disabled: boolean;
  bucketLabel: string;
  selected: boolean;
  onSelect: (id: string) => void;
};

/**
 * A card: tap it, then tap a category (the easy way on a phone); or drag it by its handle (the
 * rest of the card scrolls the page as usual); or, with a keyboard, Space, arrows, Space.
 */
function Card({ id, text, disabled, bucketLabel, selected, onSelect }: CardProps) {
  // No activator ref: dnd-kit would then take the keyboard only from the handle, and keyboard users work on the card.
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id, disabled });
  const { onKeyDown, ...pointerListeners } = listeners ?? {};
  const style = transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` } : undefined;
  return (
    <div
      ref={setNodeRef}
      style={style}
      className={`flex items-stretch rounded-md border bg-white shadow-sm ${isDragging ? "z-10 border-brand-600 shadow-lg" : selected ? "border-brand-600 ring-2 ring-brand-600/40" : "border-slate-300"}`}
    >
      <button
        type="button"
        {...attributes}
        onKeyDown={onKeyDown as React.KeyboardEventHandler<HTMLButtonElement> | undefined}
        onClick={(e) => {
          // A click made by the keyboard (Space to drop) is not a tap.
          if (!disabled && e.detail > 0) onSelect(id);
        }}
        aria-roledescription="可拖动的卡片"
        aria-pressed={selected}
        aria-label={`${text}（当前：${bucketLabel}）`}
        className={`px-3 py-2 text-left text-[15px] leading-6 ${disabled ? "cursor-default" : "cursor-pointer"}`}
      >
        {text}
      </button>
      {disabled ? null : (
        <span
          {...pointerListeners}
          aria-hidden
          title="按住拖动"
          className="flex w-8 shrink-0 cursor-grab touch-none items-center justify-center border-l border-slate-200 text-slate-500 select-none"
        >
          ⠿
        </span>
      )}
    </div>
  );
}

function Zone({
  id,
  label,
  children,
  count,
  target,
  onPlace,
}: {
  id: string;
  label: string;
  children: React.ReactNode;
  count: number;
  target: string | null;
  onPlace: () => void;
}) {
  const { setNodeRef, isOver } = useDroppable({ id });
  return (
    <div
      ref={setNodeRef}
      role="group"
      aria-label={label}
      className={`min-h-24 rounded-lg border-2 border-dashed p-3 ${isOver || target ? "border-brand-600 bg-brand-50" : "border-slate-300 bg-slate-50"}`}
    >
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm font-semibold text-slate-700">
          {label} <span className="font-normal text-slate-600">（{count}）</span>
        </p>
        {target ? (
          <button type="button" onClick={onPlace} className="min-h-9 rounded-md bg-brand-600 px-3 text-sm text-white">
            放到这里
          </button>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-2">{children}</div>
    </div>
  );
}

export function ClassifyExercise({
  exercise,
  value,
  onChange,
  readOnly,
  feedback,
}: WidgetProps<"classify", ClassifyAnswer>) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 120, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: jumpBetweenBuckets }),
  );
  const label = new Map(exercise.buckets.map((b) => [b.id, b.label]));
  const [selected, setSelected] = useState<string | null>(null);
  const place = (itemId: string, bucket: string | null) => {
    setSelected(null);
    onChange({ ...value, [itemId]: bucket });
  };
  const select = (id: string) => setSelected((current) => (current === id ? null : id));
  const zone = (id: string, zoneLabel: string, bucket: string | null) => (
    <Zone
      key={id}
      id={id}
      label={zoneLabel}
      count={itemsIn(bucket).length}
      target={selected}
      onPlace={() => selected && place(selected, bucket)}
    >
      {itemsIn(bucket).map(renderItem)}
    </Zone>
  );
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over) return;
    place(String(active.id), over.id === POOL ? null : String(over.id));
  };
  const itemsIn = (bucket: string | null) => exercise.items.filter((i) => (value[i.id] ?? null) === bucket);
  const renderItem = (item: (typeof exercise.items)[number]) => (
    <div key={item.id} className="flex flex-col">
      <Card
        id={item.id}
        text={item.text}
        disabled={readOnly}
        bucketLabel={label.get(value[item.id] ?? "") ?? "未分类"}
        selected={selected === item.id}
        onSelect={select}
      />
    </div>
  );

  return (
    <div>
      <p className="mb-3 text-sm text-slate-600">
        点一下卡片，再点类别里的“放到这里”；也可以按住卡片右边的 ⠿ 拖过去。用键盘时：Tab
        选中卡片，空格拿起，方向键换类别，空格放下。还可以用下面的列表选择。
      </p>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        // Gentle auto-scroll near the edges, so a drag on a phone does not fly past the categories.
        autoScroll={{ acceleration: 3, threshold: { x: 0, y: 0.12 } }}
        onDragEnd={onDragEnd}
        accessibility={{
          announcements: {
            onDragStart: ({ active }) => `已拿起“${exercise.items.find((i) => i.id === active.id)?.text ?? ""}”。`,
            onDragOver: ({ over }) =>
              over ? `移到“${over.id === POOL ? "未分类" : label.get(String(over.id))}”。` : "不在任何类别上。",
            onDragEnd: ({ over }) =>
              over ? `已放进“${over.id === POOL ? "未分类" : label.get(String(over.id))}”。` : "已放回。",
            onDragCancel: () => "已取消拖动。",
          },
          screenReaderInstructions: {
            draggable: "按空格拿起卡片，用方向键在类别之间移动，再按空格放下，按 Esc 取消。",
          },
        }}
      >
        <div className="space-y-3">
          {zone(POOL, "未分类", null)}
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {exercise.buckets.map((b) => zone(b.id, b.label, b.id))}
          </div>
        </div>
      </DndContext>
      <details className="mt-4 rounded-md border border-slate-200 p-3">
        <summary className="cursor-pointer text-sm font-medium text-brand-700">改用列表选择类别</summary>
        <ul className="mt-3 space-y-3">
          {exercise.items.map((item) => (
            <li key={item.id}>
              <label className="flex flex-wrap items-center gap-2 text-[15px]">
                <span className="flex-1">{item.text}</span>
                <select
                  value={value[item.id] ?? ""}
                  disabled={readOnly}
                  onChange={(e) => place(item.id, e.target.value || null)}
                  className="min-h-10 rounded-md border border-slate-300 px-2"
                  aria-label={`“${item.text}”归入`}
                >
                  <option value="">未分类</option>
                  {exercise.buckets.map((b) => (
                    <option key={b.id} value={b.id}>
                      {b.label}
                    </option>
                  ))}
                </select>
              </label>
              <Mark item={markFor(feedback, item.id)} />
            </li>
          ))}
        </ul>
      </details>
      {feedback ? (
        <ul className="mt-3 space-y-1 text-sm">
          {exercise.items.map((item) => {
            const mark = markFor(feedback, item.id);
            return mark ? (
              <li key={item.id} className={mark.correct ? "text-green-700" : "text-red-700"}>
                {mark.correct ? "✓" : "✗"} {item.text}
                {mark.correct || !mark.note ? "" : `：${mark.note}`}
              </li>
            ) : null;
          })}
        </ul>
      ) : null}
    </div>
  );
}
