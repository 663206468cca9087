// @vitest-environment happy-dom
// What a screen reader hears beyond a title: a card's description (day in words, status,
// channels with any own time, checks), and undo and redo said in the live region.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src-shared/settings/policy';
import { installRealBridge } from '../support/bridge';
import { planWith } from '../support/plans';

const { services } = installRealBridge();
let ItemCard: typeof import('../../src-renderer/features/kanban/ItemCard').ItemCard;
let HistoryAnnouncer: typeof import('../../src-renderer/app/HistoryAnnouncer').HistoryAnnouncer;
let usePlanStore: typeof import('../../src-renderer/app/plan-store').usePlanStore;

beforeAll(async () => {
  await import('../../src-renderer/i18n');
  ({ ItemCard } = await import('../../src-renderer/features/kanban/ItemCard'));
  ({ HistoryAnnouncer } = await import('../../src-renderer/app/HistoryAnnouncer'));
  ({ usePlanStore } = await import('../../src-renderer/app/plan-store'));
});
afterEach(cleanup);

describe('a card for a screen reader', () => {
  it('is described by its day in words, status, channels with their own time, and its checks', () => {
    const plan = planWith(
      {
        type: 'item.create',
        id: 'a',
        title: 'Öppet möte',
        status: 'draft',
        date: '2030-12-04',
        time: '17:30',
        channels: ['instagram', 'x'],
      },
      { type: 'variant.ownTime', id: 'a', channel: 'x', date: '2030-12-05', time: '09:00' },
    );
    const { container } = render(<ItemCard item={plan.items[0]!} settings={defaultSettings()} />);
    const description = container.querySelector('#card-description-a')?.textContent ?? '';
    expect(description).toMatch(
      /^onsdag 4 december 17:30\. Utkast\. Kanaler: Instagram, X \(Twitter\) \(egen tid torsdag 5 december 09:00\)\. \d+ kontroller? att åtgärda$/,
    );
    expect(screen.getByText('X (Twitter): tors 5 dec. · 09:00')).toBeTruthy();
  });
});

describe('undo and redo, said aloud', () => {
  it('names the step in the live region', async () => {
    services.plan.apply({ type: 'item.create', id: 'u', title: 'Kårval', date: '2030-12-02', channels: ['x'] });
    await usePlanStore.getState().load();
    render(<HistoryAnnouncer />);
    await act(async () => {
      await usePlanStore.getState().apply({ type: 'item.drop', id: 'u', date: '2030-12-03', lane: null });
    });
    await act(async () => usePlanStore.getState().undo());
    expect(screen.getByRole('status').textContent).toBe('Ångrade: flytt av ”Kårval”');
    await act(async () => usePlanStore.getState().redo());
    expect(screen.getByRole('status').textContent).toBe('Gjorde om: flytt av ”Kårval”');
  });
});
