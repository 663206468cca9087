// The whole app against the real services and a real store, for renderer tests: one store for the
// file, and each render with parts of its own, as the app's root makes them.
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, expect } from 'vitest';
import type { PlanStoreOptions } from '../../src-main/store/plan-store';
import { App } from '../../src-renderer/app/App';
import type { AppParts } from '../../src-renderer/app/app-context';
import { createAppParts } from '../../src-renderer/app/create-app-parts';
import { createApi } from '../../src-renderer/lib/api';
import { realBridge } from './bridge';
import { renderIn } from './parts';

/** Call at the top of a test file: one bridge and store for the file (see realBridge), on a fresh or a given data folder. */
export function realApp(latencyMs = 0, storeOptions: PlanStoreOptions = {}, dataDir?: string) {
  const real = realBridge(latencyMs, storeOptions, dataDir);
  let shown: AppParts | null = null;
  afterEach(cleanup);

  /** `inElectron`: as under Electron, where the menu owns the shortcuts. */
  const renderApp = (options: { inElectron?: boolean } = {}) => {
    shown = createAppParts(createApi(real.bridge), options);
    return { parts: shown, ...renderIn(shown, <App />) };
  };
  /** The plan store of the app rendered last. */
  const planStore = () => {
    if (!shown) throw new Error('Render the app first (renderApp).');
    return shown.plan;
  };
  /** The app shown, with one post ("Sparad", id `a`) made in it and saved by main. */
  async function renderWithSavedPost(): Promise<void> {
    renderApp();
    await screen.findByRole('heading', { level: 2, name: 'Idé' });
    await act(() => planStore().getState().apply({ type: 'item.create', id: 'a', title: 'Sparad' }));
    await waitFor(() => expect(real.services.store.saveState()).toEqual({ status: 'saved' }));
  }
  return { ...real, renderApp, planStore, renderWithSavedPost };
}
