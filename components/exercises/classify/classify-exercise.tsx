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
  return { x: rect.left + rect.width / 2 - collisionRect.width / 2, y: rect.top + rect.height / 2 - collisionRect.height / 2 };
};

function Card({ id, text, disabled, bucketLabel }: { id: string; text: string; disabled: boolean; bucketLabel: string }) {
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id, disabled });
  const style = transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` } : undefined;
  return (
    <button
      type="button"
      ref={setNodeRef}
      style={style}
      {...attributes}
      {...listeners}
      aria-roledescription="可拖动的卡片"
      aria-label={`${text}（当前：${bucketLabel}）`}
      className={`touch-none rounded-md border bg-white px-3 py-2 text-left text-[15px] leading-6 shadow-sm ${isDragging ? "z-10 border-brand-600 shadow-lg" : "border-slate-300"} ${disabled ? "cursor-default" : "cursor-grab"}`}
    >
      {text}
    </button>
  );
}

function Zone({ id, label, children, count }: { id: string; label: string; children: React.ReactNode; count: number }) {
  const { setNodeRef, isOver } = useDroppable({ id });
  return (
    <div ref={setNodeRef} role="group" aria-label={label} className={`min-h-24 rounded-lg border-2 border-dashed p-3 ${isOver ? "border-brand-600 bg-brand-50" : "border-slate-300 bg-slate-50"}`}>
      <p className="mb-2 text-sm font-semibold text-slate-700">
        {label} <span className="font-normal text-slate-500">（{count}）</span>
      </p>
      <div className="flex flex-wrap gap-2">{children}</div>
    </div>
  );
}

export function ClassifyExercise({ exercise, value, onChange, readOnly, feedback }: WidgetProps<"classify", ClassifyAnswer>) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 120, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: jumpBetweenBuckets }),
  );
  const label = new Map(exercise.buckets.map((b) => [b.id, b.label]));
  const place = (itemId: string, bucket: string | null) => onChange({ ...value, [itemId]: bucket });
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over) return;
    place(String(active.id), over.id === POOL ? null : String(over.id));
  };
  const itemsIn = (bucket: string | null) => exercise.items.filter((i) => (value[i.id] ?? null) === bucket);
  const renderItem = (item: (typeof exercise.items)[number]) => (
    <div key={item.id} className="flex flex-col">
      <Card id={item.id} text={item.text} disabled={readOnly} bucketLabel={label.get(value[item.id] ?? "") ?? "未分类"} />
    </div>
  );

  return (
    <div>
      <p className="mb-3 text-sm text-slate-600">
        拖动卡片放进对应的类别。用键盘时：Tab 选中卡片，空格拿起，方向键换类别，空格放下；也可以用每张卡片下方的列表选择。
      </p>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{
          announcements: {
            onDragStart: ({ active }) => `已拿起“${exercise.items.find((i) => i.id === active.id)?.text ?? ""}”。`,
            onDragOver: ({ over }) => (over ? `移到“${over.id === POOL ? "未分类" : label.get(String(over.id))}”。` : "不在任何类别上。"),
            onDragEnd: ({ over }) => (over ? `已放进“${over.id === POOL ? "未分类" : label.get(String(over.id))}”。` : "已放回。"),
            onDragCancel: () => "已取消拖动。",
          },
          screenReaderInstructions: { draggable: "按空格拿起卡片，用方向键在类别之间移动，再按空格放下，按 Esc 取消。" },
        }}
      >
        <div className="space-y-3">
          <Zone id={POOL} label="未分类" count={itemsIn(null).length}>
            {itemsIn(null).map(renderItem)}
          </Zone>
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {exercise.buckets.map((b) => (
              <Zone key={b.id} id={b.id} label={b.label} count={itemsIn(b.id).length}>
                {itemsIn(b.id).map(renderItem)}
              </Zone>
            ))}
          </div>
        </div>
      </DndContext>
      <details className="mt-4 rounded-md border border-slate-200 p-3">
        <summary className="cursor-pointer text-sm text-slate-700">用列表选择类别</summary>
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
                {mark.correct ? "" : `：${mark.note}`}
              </li>
            ) : null;
          })}
        </ul>
      ) : null}
    </div>
  );
}
