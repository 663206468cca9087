// Keyboard dragging in the calendar: an arrow key jumps to the nearest drop cell in that
// direction (dnd-kit's sortable coordinates only know sortable lists).
import { closestCenter, pointerWithin, type CollisionDetection, type KeyboardCoordinateGetter } from '@dnd-kit/core';

/** The cell under the pointer; a keyboard drag has no pointer, so the cell nearest the chip. */
export const calendarCollisions: CollisionDetection = (args) =>
  args.pointerCoordinates ? pointerWithin(args) : closestCenter(args);

const DIRECTIONS: Record<string, (dx: number, dy: number) => boolean> = {
  ArrowRight: (dx, dy) => dx > 0 && Math.abs(dy) < Math.abs(dx) + 1,
  ArrowLeft: (dx, dy) => dx < 0 && Math.abs(dy) < Math.abs(dx) + 1,
  ArrowDown: (dx, dy) => dy > 0 && Math.abs(dx) < Math.abs(dy) + 1,
  ArrowUp: (dx, dy) => dy < 0 && Math.abs(dx) < Math.abs(dy) + 1,
};

export const cellKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const inDirection = DIRECTIONS[event.code];
  const { collisionRect, droppableRects, droppableContainers } = context;
  if (!inDirection || !collisionRect) return undefined;
  event.preventDefault();
  const from = { x: collisionRect.left + collisionRect.width / 2, y: collisionRect.top + collisionRect.height / 2 };
  let best: { x: number; y: number; distance: number } | null = null;
  for (const container of droppableContainers.getEnabled()) {
    const rect = droppableRects.get(container.id);
    if (!rect) continue;
    const center = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    const dx = center.x - from.x;
    const dy = center.y - from.y;
    if (!inDirection(dx, dy)) continue;
    const distance = Math.hypot(dx, dy);
    if (!best || distance < best.distance) best = { x: center.x, y: center.y, distance };
  }
  if (!best) return currentCoordinates;
  // Place the dragged chip's centre on the target cell's centre.
  return {
    x: currentCoordinates.x + (best.x - from.x),
    y: currentCoordinates.y + (best.y - from.y),
  };
};
