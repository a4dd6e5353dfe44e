import type { KeyboardEvent } from "react";

// Moving between worksheet cells from the keyboard: Enter goes down (Shift+Enter is a new line),
// arrow keys leave a cell when the caret is already at its edge.

function cellAt(table: HTMLElement, row: number, col: number) {
  return table.querySelector<HTMLElement>(`[data-cell="${row}:${col}"]`);
}

export function handleCellKeys(
  event: KeyboardEvent<HTMLElement>,
  row: number,
  col: number,
  rowCount: number,
  colCount: number,
) {
  const target = event.currentTarget as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
  const table = target.closest<HTMLElement>("[data-worksheet-table]");
  if (!table || event.nativeEvent.isComposing) return; // never interrupt a Chinese IME composition
  const text =
    "value" in target && target instanceof HTMLTextAreaElement
      ? target
      : target instanceof HTMLInputElement
        ? target
        : null;
  const atStart = !text || (text.selectionStart === 0 && text.selectionEnd === 0);
  const atEnd = !text || (text.selectionStart === text.value.length && text.selectionEnd === text.value.length);
  const firstLine = !text || !text.value.slice(0, text.selectionStart ?? 0).includes("\n");
  const lastLine = !text || !text.value.slice(text.selectionEnd ?? 0).includes("\n");

  let next: [number, number] | null = null;
  if (event.key === "Enter" && !event.shiftKey && !(target instanceof HTMLSelectElement)) {
    next = row + 1 < rowCount ? [row + 1, col] : col + 1 < colCount ? [0, col + 1] : null;
  } else if (event.key === "ArrowDown" && lastLine && !(target instanceof HTMLSelectElement)) next = [row + 1, col];
  else if (event.key === "ArrowUp" && firstLine && !(target instanceof HTMLSelectElement)) next = [row - 1, col];
  else if (event.key === "ArrowRight" && atEnd) next = col + 1 < colCount ? [row, col + 1] : [row + 1, 0];
  else if (event.key === "ArrowLeft" && atStart) next = col > 0 ? [row, col - 1] : [row - 1, colCount - 1];
  if (!next) return;
  const cell = cellAt(table, next[0], next[1]);
  if (event.key === "Enter") event.preventDefault();
  if (!cell) return;
  event.preventDefault();
  cell.focus();
}
