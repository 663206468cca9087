// Undo and redo as commands: each step is a `plan.patch` made from what a command changed, per
// item only the fields it changed (steps.ts), so undoing goes through main, the store and the
// same validation as any other change, and never puts back a field changed since by another step.
import type { PlanCommand } from './commands';
import type { PlanChange } from './draft';
import type { ContentItem, Settings } from './model';
import type { HistoryDescription } from './history-description';
import { composeSteps, stepBetween, stepId, type ItemStep } from './steps';

type PlanPatch = Extract<PlanCommand, { type: 'plan.patch' }>;

/**
 * The redo and the undo of `change`, given what each changed id held before it (undefined: absent)
 * and the settings before it. Costs what the change costs, not what the plan holds.
 */
export function stepsOf(
  change: PlanChange,
  before: (id: string) => ContentItem | undefined,
  settingsBefore: Settings,
): { redo: PlanPatch; undo: PlanPatch } {
  const redo: ItemStep[] = [];
  const undo: ItemStep[] = [];
  for (const [id, after] of change.items) {
    const previous = before(id);
    const forward = stepBetween(id, previous, after ?? undefined);
    const back = stepBetween(id, after ?? undefined, previous);
    if (forward) redo.push(forward);
    if (back) undo.push(back);
  }
  const settings = change.settings;
  return {
    redo: { type: 'plan.patch', ...(settings ? { settings } : {}), items: redo },
    undo: { type: 'plan.patch', ...(settings ? { settings: settingsBefore } : {}), items: undo },
  };
}

/** `first` then `second` as one command: each item's steps composed, the later settings kept. */
export function composePatches(first: PlanPatch, second: PlanPatch): PlanPatch {
  const steps = new Map(first.items.map((step) => [stepId(step), step]));
  for (const step of second.items) {
    const earlier = steps.get(stepId(step));
    steps.set(stepId(step), earlier ? composeSteps(earlier, step) : step);
  }
  const settings = second.settings ?? first.settings;
  return { type: 'plan.patch', ...(settings ? { settings } : {}), items: [...steps.values()] };
}

export interface HistoryEntry {
  undo: PlanPatch;
  redo: PlanPatch;
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

/**
 * Adds a step to the undo stack, merging it into the last one when it continues the same edit:
 * undoing the merged step undoes the later edit, then the earlier one; redoing does the reverse.
 */
export function pushHistory(stack: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  const last = stack.at(-1);
  if (last && entry.mergeKey !== null && last.mergeKey === entry.mergeKey && entry.at - last.at < MERGE_WINDOW_MS) {
    const merged = { ...last, undo: composePatches(entry.undo, last.undo), redo: composePatches(last.redo, entry.redo), at: entry.at };
    return [...stack.slice(0, -1), merged];
  }
  return [...stack, entry].slice(-HISTORY_LIMIT);
}

/** The stack without the steps that touch item `id` alone: a discarded draft leaves no step to undo. */
export function withoutStepsOf(stack: readonly HistoryEntry[], id: string): HistoryEntry[] {
  return stack.filter((entry) => !touchesOnly(entry.redo, id));
}

function touchesOnly(command: PlanPatch, id: string): boolean {
  return command.settings === undefined && command.items.every((step) => stepId(step) === id);
}
