// The renderer's mirror of the plan in main (STYLE habit 4): a command is applied here at once
// with the shared pure function, then main applies it, saves it and returns the truth. What the
// command changed is committed to the model (plan-model.ts), and the undo step is made from it.
// Undo and redo live here too: each step is a command, so they go the same way.
import { createStore } from 'zustand';
import { changeOf, PlanCommand } from '../../src-shared/plan/commands';
import { mergeKeyOf, pushHistory, stepsOf, withoutStepsOf, type HistoryEntry } from '../../src-shared/plan/history';
import { describeCommand } from '../../src-shared/plan/history-description';
import type { PlanDelta, RestoredPlan } from '../../src-shared/ipc/contract';
import type { PlanChange } from '../../src-shared/plan/draft';
import type { ContentItem, Plan } from '../../src-shared/plan/model';
import type { StoreNotice } from '../../src-shared/ipc/store-types';
import { describeIssues } from '../../src-shared/ipc/validation';
import { errorText, i18n } from '../i18n';
import type { Api } from '../../src-shared/ipc/contract';
import { storeHook } from './app-context';
import { ARCHIVE_LOADED, noticeKey, withNewNotices, type ArchiveState } from './plan-archive';
import { PlanModel } from './plan-model';

export interface PlanState {
  phase: 'loading' | 'ready' | 'failed';
  /**
   * The plan as a `Plan`, a new object at each change: its settings, and its items listed only
   * when read (once per version, the whole plan). Views that show a part ask `model` instead.
   */
  plan: Plan | null;
  /** The items by id with their indexes and what the views derive; the same object throughout. */
  model: PlanModel;
  /** Counts the changes committed to `model`. */
  version: number;
  /** Counts the first counts of the checks completed (the header's total is null until one is). */
  counted: number;
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
  /**
   * The window's first read, once however often it is asked for: the entry asks before React
   * draws anything, so the plan is on its way while the app starts; App asks again for a root
   * made without the entry (the tests').
   */
  start: () => Promise<void>;
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

/** Main's answer as a change to commit: the items as main stored them, those it removed, its settings. */
export function changeOfDelta(delta: PlanDelta): PlanChange {
  const items = new Map<string, ContentItem | null>(delta.items.map((item) => [item.id, item]));
  for (const id of delta.removedIds) items.set(id, null);
  return { items, settings: delta.settings ?? null };
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

/** How long one slice of the first count of the checks may take, between frames. */
const CHECK_SLICE_MS = 12;

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

    const model = new PlanModel();

    /** The state after the model changed: a new plan view and version for the views to see. */
    function changed(): Pick<PlanState, 'plan' | 'version'> {
      return { plan: model.held.view(), version: model.version };
    }

    /** Holds `plan` whole from now on (a load, a restore, an import), and counts its checks in slices. */
    function hold(plan: Plan): Pick<PlanState, 'plan' | 'version'> {
      model.reset(plan);
      countChecks();
      return changed();
    }

    /**
     * Counts the checks of the posts not counted yet in slices between frames, so the board shows
     * first; the header shows the count once it is whole. A reset or new settings start it again.
     */
    let counting = false;
    function countChecks(): void {
      if (counting) return;
      counting = true;
      const step = () => {
        if (model.checks.countSome(performance.now() + CHECK_SLICE_MS)) {
          counting = false;
          set({ version: model.version, counted: get().counted + 1 });
        } else setTimeout(step, 0);
      };
      setTimeout(step, 0);
    }

    function commit(change: PlanChange): void {
      model.commit(change);
      // New settings, or many posts at once (the archive), leave posts to count again.
      if (model.checks.uncounted) countChecks();
    }

    /** Applies a command here and in main; `record` makes it an undo step. Returns the step. */
    async function send(command: PlanCommand, record: boolean): Promise<HistoryEntry | null> {
      if (!get().plan) return null;
      // Refused here, before anything changes: the user's text and the undo history stay as they are.
      const valid = PlanCommand.safeParse(command);
      if (!valid.success) {
        set({ error: describeIssues(valid.error, language()) });
        return null;
      }
      const reader = model.held.reader();
      let change: PlanChange;
      try {
        change = changeOf(reader, command, new Date().toISOString());
      } catch (error) {
        set({ error: message(error) });
        return null;
      }
      const { undo, redo } = stepsOf(change, (id) => reader.get(id), reader.settings);
      const entry: HistoryEntry = { undo, redo, mergeKey: mergeKeyOf(command), at: Date.now(), description: describeCommand(reader, command) };
      commit(change);
      // Recorded at once, so an undo pressed before main answers undoes this step and no other.
      set((state) => ({ ...changed(), ...(record ? { undoStack: pushHistory(state.undoStack, entry), redoStack: [] } : {}) }));
      inFlight += 1;
      markUnsent(true);
      const order = (sent += 1);
      try {
        answered.push({ order, delta: await api['plan:apply']({ command }) });
        if (inFlight === 1) {
          const deltas = answered.sort((a, b) => a.order - b.order).map((answer) => answer.delta);
          answered = [];
          for (const delta of deltas) commit(changeOfDelta(delta));
          set(changed());
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
    /** The first read, asked for by start(). */
    let started: Promise<void> | undefined;
    /** Notices the user dismissed: an answer main gave before it heard of that does not bring them back. */
    const dismissed = new Set<string>();

    /** Reads the archive, and main's notices as they are by then (a start backup that failed late). */
    async function loadArchive(count: number): Promise<void> {
      const reading = plansRead;
      if (count > 0) set({ archive: { state: 'loading', count } });
      try {
        const { items, notices } = await api['plan:load-archive'](null);
        if (reading !== plansRead) return;
        // Added, never merged over: a post already here is the renderer's newer copy.
        commit({ items: new Map(items.filter((item) => !model.held.table.get(item.id)).map((item) => [item.id, item])), settings: null });
        set((state) => ({ ...changed(), archive: ARCHIVE_LOADED, notices: withNewNotices(state.notices, notices, dismissed) }));
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
        set({ ...hold(plan), notices, archive: ARCHIVE_LOADED, undoStack: [], redoStack: [], error: null });
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
      model,
      version: 0,
      counted: 0,
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
          set({ phase: 'ready', ...hold(plan), notices, archive: archived > 0 ? { state: 'loading', count: archived } : ARCHIVE_LOADED });
          // Not awaited: the board shows while the years behind it are read.
          void loadArchive(archived);
        } catch (error) {
          set({ phase: 'failed', error: message(error) });
        }
      },

      start() {
        started ??= get().load();
        return started;
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

/**
 * A value the views derive from the plan's model, read again at each change. The value must be
 * the same (Object.is) while nothing it depends on changed: a number, a string, or an array the
 * model keeps.
 */
export function usePlanModel<T>(select: (model: PlanModel) => T): T {
  return usePlanStore((state) => select(state.model));
}
