// @vitest-environment happy-dom
// Views that need the whole plan while the archive (old published posts) is on its way: a plan
// whose every post is archived is not offered the first-start welcome, and the board's saved
// copies wait for the archive, saying why. A notice dismissed meanwhile does not come back.
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { toDay } from '../../src-shared/calendar/dates';
import { realApp } from '../support/app';
import { planWithArchive } from '../support/archive-plan';

const { services, bridge: rawBridge, renderApp, planStore } = realApp(0);
const { plan, archived } = planWithArchive(toDay(new Date()));
services.plan.replacePlan({ ...plan, items: plan.items.filter((item) => archived.includes(item.id)) });

/** Holds the archive's answer on its way back until released. */
const bridge = rawBridge as unknown as Record<string, (input: unknown) => Promise<unknown>>;
const realArchive = bridge['plan:load-archive']!;
let release: () => void = () => {};
bridge['plan:load-archive'] = async (input: unknown) => {
  const answer = await realArchive(input);
  await new Promise<void>((resolve) => (release = resolve));
  return answer;
};

describe('while the archive is on its way', () => {
  it('the board is not taken for an empty plan, and its saved copies wait for the whole plan', async () => {
    renderApp();
    await screen.findByRole('heading', { level: 2, name: 'Publicerad' });
    expect(planStore().getState().archive).toEqual({ state: 'loading', count: archived.length });
    expect(screen.queryByText('Välkommen till Kanalplan')).toBeNull();
    expect(screen.getByRole('button', { name: `Visa äldre (${archived.length})` })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Styrelsevy' }));
    const save = await screen.findByRole<HTMLButtonElement>('button', { name: /Exportera HTML/ });
    expect(save.disabled).toBe(true);
    expect(screen.getByText(/Äldre publicerade inlägg läses in \(2\)/)).toBeTruthy();

    await act(async () => release());
    await waitFor(() => expect(planStore().getState().archive.state).toBe('loaded'));
    expect(screen.getByRole<HTMLButtonElement>('button', { name: /Exportera HTML/ }).disabled).toBe(false);
    expect(screen.queryByText(/Äldre publicerade inlägg läses in/)).toBeNull();
    expect(screen.queryByText('Välkommen till Kanalplan')).toBeNull();
  });
});
