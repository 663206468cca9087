// Undo and redo as commands: the step between two plans, expressed as an `items.put`, a
// `settings.put` or both in a `plan.put`, so undoing goes through main, the store and the same validation as any other change.
import { changedInPlace } from './changed-in-place';
import type { PlanCommand } from './commands';
import type { ContentItem, Plan } from './model';
import type { HistoryDescription } from './history-description';

/**
 * The command that turns `from` into `to`: the touched items, the settings when they changed, or
 * both in one `plan.put` (a series changes its settings entry and its posts in one step).
 */
export function transition(from: Plan, to: Plan): PlanCommand {
  const { items, removeIds } = itemsStep(from.items, to.items);
  if (from.settings === to.settings) return { type: 'items.put', items, removeIds };
  if (items.length === 0 && removeIds.length === 0) return { type: 'settings.put', settings: to.settings };
  return { type: 'plan.put', settings: to.settings, items, removeIds };
}

function itemsStep(from: readonly ContentItem[], to: readonly ContentItem[]): { items: ContentItem[]; removeIds: string[] } {
  // A keystroke changes one item in place: no need to map the whole plan twice.
  const changed = changedInPlace(from, to);
  if (changed) return { items: changed, removeIds: [] };
  const target = new Map(to.map((item) => [item.id, item]));
  const source = new Map(from.map((item) => [item.id, item]));
  return {
    items: to.filter((item) => source.get(item.id) !== item),
    removeIds: from.filter((item) => !target.has(item.id)).map((item) => item.id),
  };
}

export interface HistoryEntry {
  undo: PlanCommand;
  redo: PlanCommand;
  /** Consecutive edits of the same field merge into one step, so undo does not go letter by letter. */
  mergeKey: string | null;
  at: number;
  /** What the step did, for announcing its undo and redo. */
  description?: HistoryDescription;
}

export const HISTORY_LIMIT = 200;
const MERGE_WINDOW_MS = 1500;

export function mergeKeyOf(command: PlanCommand): string | null {
  if (command.type === 'item.update') return `item:${command.id}:${Object.keys(command.patch).sort().join(',')}`;
  if (command.type === 'variant.update')
    return `variant:${command.id}:${command.channel}:${Object.keys(command.patch).sort().join(',')}`;
  // Typing an image's alt text is one step to undo, as typing a post's text is.
  if (command.type === 'media.update') return `media:${command.id}:${command.mediaId}:${Object.keys(command.patch).sort().join(',')}`;
  // Typing in a series' post for it and the posts after it merges like typing in one post.
  if (command.type === 'series.follow') {
    const inner = mergeKeyOf(command.change);
    return inner === null ? null : `series:${inner}`;
  }
  return null;
}

/** Adds a step to the undo stack, merging it into the last one when it continues the same edit. */
export function pushHistory(stack: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  const last = stack.at(-1);
  if (last && entry.mergeKey !== null && last.mergeKey === entry.mergeKey && entry.at - last.at < MERGE_WINDOW_MS) {
    return [...stack.slice(0, -1), { ...last, redo: entry.redo, at: entry.at }];
  }
  return [...stack, entry].slice(-HISTORY_LIMIT);
}

/** The stack without the steps that touch item `id` alone: a discarded draft leaves no step to undo. */
export function withoutStepsOf(stack: readonly HistoryEntry[], id: string): HistoryEntry[] {
  return stack.filter((entry) => !touchesOnly(entry.redo, id));
}

function touchesOnly(command: PlanCommand, id: string): boolean {
  return (
    command.type === 'items.put' &&
    command.items.every((item) => item.id === id) &&
    command.removeIds.every((removed) => removed === id)
  );
}
