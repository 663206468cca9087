// @vitest-environment happy-dom
// The window's entry asks for the plan before React draws anything, and App asks again for roots
// made without the entry: the plan must still be read once, and a reload still reads it again.
import { StrictMode } from 'react';
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src-renderer/app/App';
import { createAppParts } from '../../src-renderer/app/create-app-parts';
import { createApi } from '../../src-renderer/lib/api';
import { realBridge } from '../support/bridge';
import { renderIn } from '../support/parts';

afterEach(cleanup);

/** App parts over the real services, counting the reads of the plan's working part. */
function countedParts() {
  const real = realBridge();
  real.services.plan.apply({ type: 'item.create', id: 'a', title: 'Läst en gång' });
  let reads = 0;
  const read = real.bridge['plan:load-recent'];
  const bridge = { ...real.bridge, 'plan:load-recent': (input: unknown) => ((reads += 1), read(input)) };
  return { parts: createAppParts(createApi(bridge)), reads: () => reads };
}

describe("the plan's first read", () => {
  it('is made once when the entry starts it before App, which asks for it again', async () => {
    const { parts, reads } = countedParts();
    const started = parts.plan.getState().start();
    renderIn(parts, <App />);
    expect(await screen.findByText('Läst en gång')).toBeTruthy();
    await started;
    expect(reads()).toBe(1);
    expect(parts.plan.getState().phase).toBe('ready');
  });

  it('is made by App alone where nothing started it, once under StrictMode too, and load() reads again', async () => {
    const { parts, reads } = countedParts();
    // StrictMode runs App's effects twice, as the entry's root does in development.
    renderIn(
      parts,
      <StrictMode>
        <App />
      </StrictMode>,
    );
    expect(await screen.findByText('Läst en gång')).toBeTruthy();
    expect(reads()).toBe(1);
    await parts.plan.getState().start();
    expect(reads()).toBe(1);
    await parts.plan.getState().load();
    expect(reads()).toBe(2);
  });
});
