// The item editor against the real services and a real store, for renderer tests.
// `openItem` creates an item through main and opens it in the editor.
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import type { PlanCommand } from '../../src-shared/plan/commands';
import { usePlanStore } from '../../src-renderer/app/plan-store';
import { EditorPanel } from '../../src-renderer/features/editor/EditorPanel';
import { realParts, renderIn } from './parts';

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
export type ItemCommand = WithoutId<Extract<PlanCommand, { id: string }>>;

/** Call at the top of a test file: one bridge, store and set of the app's parts for the file. */
export function realEditor(idPrefix: string) {
  const { services, parts } = realParts();
  afterEach(cleanup);

  let counter = 0;
  async function openItem(...commands: ItemCommand[]): Promise<string> {
    const id = `${idPrefix}-${(counter += 1)}`;
    services.plan.apply({ type: 'item.create', id, title: 'Studentbostäder' });
    for (const command of commands) services.plan.apply({ ...command, id });
    await parts.plan.getState().load();
    function Open() {
      const plan = usePlanStore((state) => state.plan);
      const item = plan?.items.find((candidate) => candidate.id === id);
      return plan && item ? <EditorPanel item={item} settings={plan.settings} /> : null;
    }
    renderIn(parts, <Open />);
    return id;
  }

  return { services, parts, planStore: () => parts.plan, openItem };
}
