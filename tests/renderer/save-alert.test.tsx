// @vitest-environment happy-dom
// A write that fails is never silent: through the real services, whose disk writes half of what
// it is asked (a full disk), the app shows a persistent alert and keeps the change until it saves.
// Main tells the window as the state changes; nothing polls.
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realApp } from '../support/app';
import { faultyFs } from '../support/faulty-fs';

const disk = faultyFs();
const { services, dataDir, bridge, renderApp, planStore } = realApp(0, { fs: disk.fs, flushDelayMs: 20, retryDelayMs: 60_000 });

/** How often the window asks for the save state: once at start; after that main tells it. */
let asked = 0;
const status = bridge['store:status'];
Object.assign(bridge, { 'store:status': (input: unknown) => ((asked += 1), status(input)) });

const backlog = () => readFileSync(join(dataDir, 'backlog.json'), 'utf8');

describe('a save that fails', () => {
  it('shows a persistent alert, truncates nothing, and saves on "Försök igen"', async () => {
    renderApp();
    await screen.findByRole('heading', { level: 2, name: 'Idé' });
    await act(() => planStore().getState().apply({ type: 'item.create', id: 'a', title: 'Sparad' }));
    await waitFor(() => expect(existsSync(join(dataDir, 'backlog.json')) && backlog().includes('Sparad')).toBe(true));
    const good = backlog();

    disk.fail('short-write');
    await act(() => planStore().getState().apply({ type: 'item.update', id: 'a', patch: { title: 'Ändrad' } }));
    const alert = await screen.findByText(/Filen kunde inte skrivas klart/, {}, { timeout: 5000 });
    expect(alert.closest('[role="alert"]')?.textContent).toMatch(/är inte sparade på disken \(backlog\.json\)/);
    expect(backlog()).toBe(good);
    expect(services.plan.current().plan.items[0]?.title).toBe('Ändrad');

    disk.fail(null);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    });
    await waitFor(() => expect(screen.queryByText(/Filen kunde inte skrivas klart/)).toBeNull());
    expect(JSON.parse(backlog()).items[0].title).toBe('Ändrad');
    expect(asked).toBe(1);
  });
});
