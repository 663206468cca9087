// An empty spot in the calendar makes a post: double-click, or Enter on a focused cell, creates
// one on that day (and in that lane's channel) and opens it; left empty, it is discarded as any
// new post is. Arrow keys move between cells, so the keyboard reaches every day and lane.
import type { KeyboardEvent, MouseEvent } from 'react';
import type { ChannelId } from '../../../src-shared/plan/model';
import type { AppStores } from '../../app/app-context';
import { newItemId } from '../../lib/ids';

type Stores = Pick<AppStores, 'plan' | 'ui'>;

export function createInCell({ plan, ui }: Stores, date: string, channel: ChannelId | null): void {
  const id = newItemId();
  void plan
    .getState()
    .apply({ type: 'item.create', id, title: '', date, channels: channel ? [channel] : [] })
    .then((step) => step && ui.getState().openDraft(id));
}

const STEPS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/** The handlers of one cell; only events on the cell itself, not on a chip inside it, count. */
export function cellHandlers(stores: Stores, date: string, channel: ChannelId | null) {
  return {
    onDoubleClick: (event: MouseEvent<HTMLElement>) => {
      if (!(event.target as HTMLElement).closest('.entry-chip')) createInCell(stores, date, channel);
    },
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      if (event.target !== event.currentTarget) return;
      if (event.key === 'Enter') {
        event.preventDefault();
        createInCell(stores, date, channel);
        return;
      }
      const step = STEPS[event.key];
      if (!step) return;
      event.preventDefault();
      neighbour(event.currentTarget, step)?.focus();
    },
  };
}

/** The cell beside this one in the grid: same row for left and right, same column for up and down. */
function neighbour(cell: HTMLElement, [dx, dy]: [number, number]): HTMLElement | null {
  const row = cell.closest('[role="row"]');
  const grid = cell.closest('[role="grid"]');
  if (!row || !grid) return null;
  const cellsOf = (r: Element) => [...r.querySelectorAll<HTMLElement>(':scope > [role="gridcell"]')];
  const column = cellsOf(row).indexOf(cell);
  if (dx !== 0) return cellsOf(row)[column + dx] ?? null;
  const rows = [...grid.querySelectorAll(':scope > [role="row"]')].filter((r) => cellsOf(r).length > 0);
  const next = rows[rows.indexOf(row) + dy];
  return next ? (cellsOf(next)[column] ?? null) : null;
}
