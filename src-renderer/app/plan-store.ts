// The renderer's mirror of the plan in main (STYLE habit 4): a command is applied here at once
// with the shared pure function, then main applies it, saves it and returns the truth.
// Undo and redo live here too: each step is a command, so they go the same way.
import { create } from 'zustand';
import { applyCommand, type PlanCommand } from '../../src-shared/commands';
import { mergeKeyOf, pushHistory, transition, type HistoryEntry } from '../../src-shared/history';
import type { PlanDelta } from '../../src-shared/ipc/contract';
import type { Plan, Settings } from '../../src-shared/model';
import type { StoreNotice } from '../../src-shared/store-types';
import { api } from '../lib/api';

export interface PlanState {
  phase: 'loading' | 'ready' | 'failed';
  plan: Plan | null;
  notices: StoreNotice[];
  /** The last error to show the user, already readable. */
  error: string | null;
  undoStack: HistoryEntry[];
  redoStack: HistoryEntry[];
  load: () => Promise<void>;
  apply: (command: PlanCommand) => Promise<void>;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
  updateSettings: (settings: Settings) => Promise<void>;
  dismissError: () => void;
  dismissNotice: (notice: StoreNotice) => void;
}

export function mergeDelta(plan: Plan, delta: PlanDelta): Plan {
  const changed = new Map(delta.items.map((item) => [item.id, item]));
  const removed = new Set(delta.removedIds);
  const kept = plan.items.filter((item) => !removed.has(item.id)).map((item) => changed.get(item.id) ?? item);
  const known = new Set(kept.map((item) => item.id));
  return { ...plan, items: [...kept, ...delta.items.filter((item) => !known.has(item.id))] };
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Commands sent to main and not yet answered. While typing, answers trail the keystrokes: an
 * answer for "a" must not overwrite the "ab" already shown, so main's truth is merged only once
 * the last command in flight is answered.
 */
let inFlight = 0;

export const usePlanStore = create<PlanState>((set, get) => {
  /** Applies locally, then in main. Returns the local before/after, or null if refused. */
  async function send(command: PlanCommand): Promise<{ before: Plan; after: Plan } | null> {
    const before = get().plan;
    if (!before) return null;
    let after: Plan;
    try {
      after = applyCommand(before, command, new Date().toISOString());
    } catch (error) {
      set({ error: message(error) });
      return null;
    }
    set({ plan: after });
    inFlight += 1;
    try {
      const delta = await api['plan:apply']({ command });
      inFlight -= 1;
      if (inFlight === 0) set((state) => ({ plan: state.plan ? mergeDelta(state.plan, delta) : state.plan }));
    } catch (error) {
      inFlight -= 1;
      // Main refused or failed: its plan is the truth.
      set({ error: message(error) });
      await get().load();
      return null;
    }
    return { before, after };
  }

  return {
    phase: 'loading',
    plan: null,
    notices: [],
    error: null,
    undoStack: [],
    redoStack: [],

    async load() {
      try {
        const { plan, notices } = await api['plan:load'](null);
        set({ phase: 'ready', plan, notices });
      } catch (error) {
        set({ phase: 'failed', error: message(error) });
      }
    },

    async apply(command) {
      const step = await send(command);
      if (!step) return;
      const entry: HistoryEntry = {
        undo: transition(step.after, step.before),
        redo: transition(step.before, step.after),
        mergeKey: mergeKeyOf(command),
        at: Date.now(),
      };
      set((state) => ({ undoStack: pushHistory(state.undoStack, entry), redoStack: [] }));
    },

    async undo() {
      const entry = get().undoStack.at(-1);
      if (!entry) return;
      set((state) => ({ undoStack: state.undoStack.slice(0, -1) }));
      if (await send(entry.undo)) set((state) => ({ redoStack: [...state.redoStack, { ...entry, mergeKey: null }] }));
    },

    async redo() {
      const entry = get().redoStack.at(-1);
      if (!entry) return;
      set((state) => ({ redoStack: state.redoStack.slice(0, -1) }));
      if (await send(entry.redo)) set((state) => ({ undoStack: [...state.undoStack, { ...entry, mergeKey: null }] }));
    },

    async updateSettings(settings) {
      const before = get().plan;
      if (!before) return;
      set({ plan: { ...before, settings } });
      try {
        await api['settings:update']({ settings });
      } catch (error) {
        set({ error: message(error) });
        await get().load();
      }
    },

    dismissError: () => set({ error: null }),
    dismissNotice: (notice) => set((state) => ({ notices: state.notices.filter((n) => n !== notice) })),
  };
});
