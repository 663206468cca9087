// The renderer's mirror of the plan in main (STYLE habit 4): a command is applied here at once
// with the shared pure function, then main applies it, saves it and returns the truth.
// Undo and redo live here too: each step is a command, so they go the same way.
import { createStore } from 'zustand';
import { applyCommand, PlanCommand } from '../../src-shared/plan/commands';
import { mergeKeyOf, pushHistory, transition, withoutStepsOf, type HistoryEntry } from '../../src-shared/plan/history';
import { describeCommand } from '../../src-shared/plan/history-description';
import type { PlanDelta, RestoredPlan } from '../../src-shared/ipc/contract';
import type { Plan } from '../../src-shared/plan/model';
import type { StoreNotice } from '../../src-shared/ipc/store-types';
import { describeIssues } from '../../src-shared/ipc/validation';
import { errorText, i18n } from '../i18n';
import type { Api } from '../../src-shared/ipc/contract';
import { storeHook } from './app-context';
import { ARCHIVE_LOADED, noticeKey, withArchive, withNewNotices, type ArchiveState } from './plan-archive';

export interface PlanState {
  phase: 'loading' | 'ready' | 'failed';
  plan: Plan | null;
  /** Whether the old published posts are here yet: the plan shows before they are read. */
  archive: ArchiveState;
  notices: StoreNotice[];
  /** The last error to show the user, already readable. */
  error: string | null;

  undoStack: HistoryEntry[];
  redoStack: HistoryEntry[];
  /** The last step undone or redone, for the live region that announces it. */
  replayed: { kind: 'undo' | 'redo'; entry: HistoryEntry; at: number } | null;
  /** Reads the plan from main: the working part first, then the archive. */
  load: () => Promise<void>;
  /** Reads the archive again after it failed. */
  retryArchive: () => Promise<void>;
  /** Applies a command as one undoable step; resolves to that step, or null if it was refused. */
  apply: (command: PlanCommand) => Promise<HistoryEntry | null>;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
  /** Undoes one particular step, such as the delete a toast offers to take back. */
  undoStep: (entry: HistoryEntry) => Promise<void>;
  /** Deletes a post as if it had never been made: its steps leave the undo history too. */
  discard: (id: string) => Promise<void>;
  dismissError: () => void;
  dismissNotice: (notice: StoreNotice) => void;
  /** Main's notices as it told them: those not shown yet nor dismissed are added. */
  hearNotices: (notices: StoreNotice[]) => void;
  /**
   * Replaces the plan with a backup once every edit sent has been answered, and clears the undo
   * history (its steps belong to the plan that was replaced). Resolves to the snapshot that
   * undoes the restore (null if the plan was empty), or undefined if it failed.
   */
  restoreBackup: (id: string) => Promise<string | null | undefined>;
  /** Replaces the plan with a staged import, settled and cleared as a restore is. */
  commitImport: (token: string) => Promise<string | null | undefined>;
}

export function mergeDelta(plan: Plan, delta: PlanDelta): Plan {
  const changed = new Map(delta.items.map((item) => [item.id, item]));
  // The usual answer changes items already here: replaced in place, in one pass over the plan.
  if (delta.removedIds.length === 0) {
    if (changed.size === 0 && delta.settings === undefined) return plan;
    let found = 0;
    const items = plan.items.map((item) => {
      const next = changed.get(item.id);
      if (next === undefined) return item;
      found += 1;
      return next;
    });
    if (found === changed.size) return { ...plan, settings: delta.settings ?? plan.settings, items };
  }
  const removed = new Set(delta.removedIds);
  const kept = plan.items.filter((item) => !removed.has(item.id)).map((item) => changed.get(item.id) ?? item);
  const known = new Set(kept.map((item) => item.id));
  const items = [...kept, ...delta.items.filter((item) => !known.has(item.id))];
  return { ...plan, settings: delta.settings ?? plan.settings, items };
}

// A refusal of the shared domain carries a message, worded here in the UI language.
const message = errorText;

/**
 * Marks the page while a change has not reached main yet, so whoever stops the harness (the
 * end-to-end tests) can wait until main holds everything the page already shows.
 */
function markUnsent(unsent: boolean): void {
  if (typeof document === 'undefined') return;
  document.documentElement.toggleAttribute('data-unsent-changes', unsent);
}

function language(): 'sv' | 'en' {
  return i18n.language === 'en' ? 'en' : 'sv';
}

export function createPlanStore(api: Api) {
  return createStore<PlanState>((set, get) => {
    /**
     * Answers from main trail the keystrokes while typing: an answer for "a" must not overwrite the
     * "ab" already shown. So answers are held until none is outstanding, then merged in the order the
     * commands were sent, whatever order the answers arrived in.
     */
    let inFlight = 0;
    let sent = 0;
    let answered: Array<{ order: number; delta: PlanDelta }> = [];
    /** Resolved when no command is waiting for main's answer. */
    let settledWaiters: Array<() => void> = [];

    function settled(): Promise<void> {
      if (inFlight === 0) return Promise.resolve();
      return new Promise((resolvePromise) => settledWaiters.push(resolvePromise));
    }

    function answerArrived(): void {
      inFlight -= 1;
      markUnsent(inFlight > 0);
      if (inFlight > 0) return;
      const waiters = settledWaiters;
      settledWaiters = [];
      for (const wake of waiters) wake();
    }

    /** Applies a command here and in main; `record` makes it an undo step. Returns the step. */
    async function send(command: PlanCommand, record: boolean): Promise<HistoryEntry | null> {
      const before = get().plan;
      if (!before) return null;
      // Refused here, before anything changes: the user's text and the undo history stay as they are.
      const valid = PlanCommand.safeParse(command);
      if (!valid.success) {
        set({ error: describeIssues(valid.error, language()) });
        return null;
      }
      let after: Plan;
      try {
        after = applyCommand(before, command, new Date().toISOString());
      } catch (error) {
        set({ error: message(error) });
        return null;
      }
      const entry: HistoryEntry = {
        undo: transition(after, before),
        redo: transition(before, after),
        mergeKey: mergeKeyOf(command),
        at: Date.now(),
        description: describeCommand(before, command),
      };
      // Recorded at once, so an undo pressed before main answers undoes this step and no other.
      set((state) => (record ? { plan: after, undoStack: pushHistory(state.undoStack, entry), redoStack: [] } : { plan: after }));
      inFlight += 1;
      markUnsent(true);
      const order = (sent += 1);
      try {
        answered.push({ order, delta: await api['plan:apply']({ command }) });
        if (inFlight === 1) {
          const deltas = answered.sort((a, b) => a.order - b.order).map((answer) => answer.delta);
          answered = [];
          set((state) => ({ plan: state.plan ? deltas.reduce(mergeDelta, state.plan) : state.plan }));
        }
        answerArrived();
        return entry;
      } catch (error) {
        answerArrived();
        // Main refused or failed: its plan is the truth, and steps recorded against ours are void.
        set({ error: message(error), undoStack: [], redoStack: [] });
        await get().load();
        return null;
      }
    }

    /** Undo or redo: moves the newest step to the other stack and sends its command. */
    async function replay(from: 'undoStack' | 'redoStack'): Promise<void> {
      const to = from === 'undoStack' ? 'redoStack' : 'undoStack';
      const entry = get()[from].at(-1);
      if (!entry) return;
      set((state) => ({
        ...state,
        [from]: state[from].slice(0, -1),
        [to]: [...state[to], { ...entry, mergeKey: null }],
        replayed: { kind: from === 'undoStack' ? 'undo' : 'redo', entry, at: Date.now() },
      }));
      await send(from === 'undoStack' ? entry.undo : entry.redo, false);
    }

    /**
     * Counts the plans read whole: an archive still on its way belongs to the plan it was asked
     * for, and is dropped if another (a restore, an import, a reload) has replaced it since.
     */
    let plansRead = 0;
    /** Notices the user dismissed: an answer main gave before it heard of that does not bring them back. */
    const dismissed = new Set<string>();

    /** Reads the archive, and main's notices as they are by then (a start backup that failed late). */
    async function loadArchive(count: number): Promise<void> {
      const reading = plansRead;
      if (count > 0) set({ archive: { state: 'loading', count } });
      try {
        const { items, notices } = await api['plan:load-archive'](null);
        if (reading !== plansRead) return;
        set((state) => ({
          plan: state.plan ? withArchive(state.plan, items) : state.plan,
          archive: ARCHIVE_LOADED,
          notices: withNewNotices(state.notices, notices, dismissed),
        }));
      } catch (error) {
        if (reading !== plansRead) return;
        set(count > 0 ? { archive: { state: 'failed', count }, error: message(error) } : { error: message(error) });
      }
    }

    /** Waits for every edit sent, then swaps the whole plan; the undo history belonged to the old one. */
    async function replacePlan(call: () => Promise<RestoredPlan>): Promise<string | null | undefined> {
      await settled();
      try {
        const { plan, notices, undoId } = await call();
        answered = [];
        plansRead += 1;
        set({ plan, notices, archive: ARCHIVE_LOADED, undoStack: [], redoStack: [], error: null });
        return undoId;
      } catch (error) {
        set({ error: message(error) });
        await get().load();
        return undefined;
      }
    }

    return {
      phase: 'loading',
      plan: null,
      archive: ARCHIVE_LOADED,
      notices: [],
      error: null,

      undoStack: [],
      redoStack: [],
      replayed: null,

      async load() {
        try {
          const { plan, notices, archived } = await api['plan:load-recent'](null);
          answered = [];
          plansRead += 1;
          set({ phase: 'ready', plan, notices, archive: archived > 0 ? { state: 'loading', count: archived } : ARCHIVE_LOADED });
          // Not awaited: the board shows while the years behind it are read.
          void loadArchive(archived);
        } catch (error) {
          set({ phase: 'failed', error: message(error) });
        }
      },

      async retryArchive() {
        const { archive } = get();
        if (archive.state === 'failed') await loadArchive(archive.count);
      },

      apply: (command) => send(command, true),

      undo: () => replay('undoStack'),
      redo: () => replay('redoStack'),

      async undoStep(entry) {
        if (!get().undoStack.includes(entry)) return;
        set((state) => ({
          undoStack: state.undoStack.filter((other) => other !== entry),
          replayed: { kind: 'undo', entry, at: Date.now() },
        }));
        await send(entry.undo, false);
      },

      restoreBackup: (id) => replacePlan(() => api['backups:restore']({ id })),
      commitImport: (token) => replacePlan(() => api['plan:import-commit']({ token })),

      async discard(id) {
        set((state) => ({ undoStack: withoutStepsOf(state.undoStack, id), redoStack: withoutStepsOf(state.redoStack, id) }));
        await send({ type: 'item.delete', id }, false);
      },

      dismissError: () => set({ error: null }),
      dismissNotice(notice) {
        dismissed.add(noticeKey(notice));
        set((state) => ({ notices: state.notices.filter((n) => n !== notice) }));
        // A recovery notice is kept in the data folder until dismissed: dismiss it there too.
        if (notice.kind === 'restored-from-backup' || notice.kind === 'no-backup-found') {
          api['notices:dismiss']({ keptAs: notice.keptAs }).catch((error: unknown) => set({ error: message(error) }));
        }
      },
      hearNotices: (told) => set((state) => ({ notices: withNewNotices(state.notices, told, dismissed) })),
    };
  });
}

export const usePlanStore = storeHook((stores) => stores.plan);
