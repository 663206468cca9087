// The app's parts for a renderer test, made as the app's root makes them (createAppParts over a
// client of a bridge), here over a real bridge into real services in a temp folder.
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { PlanStoreOptions } from '../../src-main/store/plan-store';
import { AppContext, type AppParts } from '../../src-renderer/app/app-context';
import { createAppParts } from '../../src-renderer/app/create-app-parts';
import { createApi } from '../../src-renderer/lib/api';
import '../../src-renderer/i18n';
import { realBridge } from './bridge';

/** Real services in a temp folder, a bridge to them, and the app's parts over that bridge. */
export function realParts(latencyMs = 0, storeOptions: PlanStoreOptions = {}) {
  const real = realBridge(latencyMs, storeOptions);
  return { ...real, parts: createAppParts(createApi(real.bridge)) };
}

/** Renders `ui` inside the app's parts, as the app's root does. */
export function renderIn(parts: AppParts, ui: ReactNode) {
  return render(<AppContext value={parts}>{ui}</AppContext>);
}
