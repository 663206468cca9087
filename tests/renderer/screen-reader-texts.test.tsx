// @vitest-environment happy-dom
// What a screen reader hears beyond a title: a card's description (day in words, status,
// channels with any own time, checks), and undo and redo said in the live region.
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src-shared/settings/policy';
import { HistoryAnnouncer } from '../../src-renderer/app/HistoryAnnouncer';
import { ItemCard } from '../../src-renderer/features/kanban/ItemCard';
import { realParts, renderIn } from '../support/parts';
import { planWith } from '../support/plans';

const { services, parts } = realParts();
const plans = parts.plan;
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
    const { container } = renderIn(parts, <ItemCard item={plan.items[0]!} settings={defaultSettings()} />);
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
    await plans.getState().load();
    renderIn(parts, <HistoryAnnouncer />);
    await act(async () => {
      await plans.getState().apply({ type: 'item.drop', id: 'u', date: '2030-12-03', lane: null });
    });
    await act(async () => plans.getState().undo());
    expect(screen.getByRole('status').textContent).toBe('Ångrade: flytt av ”Kårval”');
    await act(async () => plans.getState().redo());
    expect(screen.getByRole('status').textContent).toBe('Gjorde om: flytt av ”Kårval”');
  });
});
