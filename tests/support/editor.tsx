// The item editor against the real services and a real store, for renderer tests. The bridge is
// installed first and the renderer's modules loaded after it, since the API picks the bridge up
// when it is imported. `openItem` creates an item through main and opens it in the editor.
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import type { PlanCommand } from '../../src-shared/plan/commands';
import { installRealBridge } from './bridge';

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
export type ItemCommand = WithoutId<Extract<PlanCommand, { id: string }>>;
type PlanStoreHook = typeof import('../../src-renderer/app/plan-store').usePlanStore;
type EditorPanelComponent = typeof import('../../src-renderer/features/editor/EditorPanel').EditorPanel;

/** Call at the top of a test file: one bridge and store for the file. */
export function realEditor(idPrefix: string) {
  const { services } = installRealBridge();
  let usePlanStore: PlanStoreHook | undefined;
  let EditorPanel: EditorPanelComponent | undefined;
  beforeAll(async () => {
    await import('../../src-renderer/i18n');
    ({ usePlanStore } = await import('../../src-renderer/app/plan-store'));
    ({ EditorPanel } = await import('../../src-renderer/features/editor/EditorPanel'));
  });
  afterEach(cleanup);

  const planStore = (): PlanStoreHook => {
    if (!usePlanStore) throw new Error('The renderer modules load in beforeAll: ask for the store inside a test.');
    return usePlanStore;
  };

  let counter = 0;
  async function openItem(...commands: ItemCommand[]): Promise<string> {
    const id = `${idPrefix}-${(counter += 1)}`;
    services.plan.apply({ type: 'item.create', id, title: 'Studentbostäder' });
    for (const command of commands) services.plan.apply({ ...command, id });
    const store = planStore();
    const Panel = EditorPanel as EditorPanelComponent;
    await store.getState().load();
    function Open() {
      const plan = store((state) => state.plan);
      const item = plan?.items.find((candidate) => candidate.id === id);
      return plan && item ? <Panel item={item} settings={plan.settings} /> : null;
    }
    render(<Open />);
    return id;
  }

  return { services, planStore, openItem };
}
