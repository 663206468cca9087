// Drag-only state for the kanban (STYLE habit 4): a snapshot of the columns as ids while a card
// is in the air, restored on cancel; on drop, one `item.move` command.
import { useState } from 'react';
import type { DragEndEvent, DragOverEvent, DragStartEvent } from '@dnd-kit/core';
import { columnHolding, moveId, type Columns } from '../../../src-shared/kanban/columns';
import { kanbanDrop } from '../../../src-shared/kanban/drop';
import type { PlanCommand } from '../../../src-shared/plan/commands';

export function useKanbanDrag(visible: Columns, full: Columns, apply: (command: PlanCommand) => void) {
  const [dragging, setDragging] = useState<Columns | null>(null);
  // The card in the air, and after the drop the card dropped: its column keeps it mounted
  // however far it is scrolled, so the drag keeps its card and focus can return to it.
  const [pinnedId, setPinnedId] = useState<string | null>(null);
  const columns = dragging ?? visible;

  function onDragStart({ active }: DragStartEvent) {
    setDragging(visible);
    setPinnedId(String(active.id));
  }

  // Between columns while over them, so the card shows where it would land.
  function onDragOver({ active, over }: DragOverEvent) {
    if (!over || !dragging) return;
    const from = columnHolding(dragging, String(active.id));
    const to = columnHolding(dragging, String(over.id));
    if (!from || !to || from === to) return;
    const overIndex = dragging[to].indexOf(String(over.id));
    setDragging(moveId(dragging, String(active.id), to, overIndex < 0 ? dragging[to].length : overIndex));
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    const drop = dragging ? kanbanDrop(dragging, full, String(active.id), over ? String(over.id) : null) : null;
    setDragging(null);
    if (drop) apply(drop);
  }

  function onDragCancel() {
    setDragging(null);
  }

  return { columns, pinnedId, handlers: { onDragStart, onDragOver, onDragEnd, onDragCancel } };
}
