// The whole app against the real services and a real store, for renderer tests. The bridge is
// installed first and the renderer's modules loaded after it, since the API picks the bridge up
// when it is imported.
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import type { PlanStoreOptions } from '../../src-main/store/plan-store';
import { installRealBridge } from './bridge';

type AppComponent = typeof import('../../src-renderer/app/App').App;
type PlanStoreHook = typeof import('../../src-renderer/app/plan-store').usePlanStore;

/** Call at the top of a test file: one bridge and store for the file (see installRealBridge). */
export function realApp(latencyMs = 0, storeOptions: PlanStoreOptions = {}) {
  const bridge = installRealBridge(latencyMs, storeOptions);
  let App: AppComponent | undefined;
  let usePlanStore: PlanStoreHook | undefined;
  beforeAll(async () => {
    await import('../../src-renderer/i18n');
    ({ App } = await import('../../src-renderer/app/App'));
    ({ usePlanStore } = await import('../../src-renderer/app/plan-store'));
  });
  afterEach(cleanup);

  function loaded<T>(value: T | undefined): T {
    if (!value) throw new Error('The renderer modules load in beforeAll: use them inside a test.');
    return value;
  }
  const renderApp = () => {
    const Shown = loaded(App);
    return render(<Shown />);
  };
  return { ...bridge, renderApp, planStore: () => loaded(usePlanStore) };
}
