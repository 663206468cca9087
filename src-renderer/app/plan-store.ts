// The renderer's mirror of the plan in main (STYLE habit 4): a command is applied here at once
// with the shared pure function, then main applies it, saves it and returns the truth.
import { create } from 'zustand';
import { applyCommand, type PlanCommand } from '../../src-shared/commands';
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
  load: () => Promise<void>;
  apply: (command: PlanCommand) => Promise<void>;
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

export const usePlanStore = create<PlanState>((set, get) => {
  async function recover(error: unknown): Promise<void> {
    set({ error: error instanceof Error ? error.message : String(error) });
    await get().load();
  }

  return {
    phase: 'loading',
    plan: null,
    notices: [],
    error: null,

    async load() {
      try {
        const { plan, notices } = await api['plan:load'](null);
        set({ phase: 'ready', plan, notices });
      } catch (error) {
        set({ phase: 'failed', error: error instanceof Error ? error.message : String(error) });
      }
    },

    async apply(command) {
      const before = get().plan;
      if (!before) return;
      try {
        set({ plan: applyCommand(before, command, new Date().toISOString()) });
        const delta = await api['plan:apply']({ command });
        set((state) => ({ plan: state.plan ? mergeDelta(state.plan, delta) : state.plan }));
      } catch (error) {
        await recover(error);
      }
    },

    async updateSettings(settings) {
      const before = get().plan;
      if (!before) return;
      set({ plan: { ...before, settings } });
      try {
        await api['settings:update']({ settings });
      } catch (error) {
        await recover(error);
      }
    },

    dismissError: () => set({ error: null }),
    dismissNotice: (notice) => set((state) => ({ notices: state.notices.filter((n) => n !== notice) })),
  };
});
