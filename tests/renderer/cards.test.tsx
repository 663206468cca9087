// @vitest-environment happy-dom
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { applyCommand } from '../../src-shared/plan/commands';
import { defaultSettings } from '../../src-shared/settings/policy';
import { ItemCard } from '../../src-renderer/features/kanban/ItemCard';
import { setLanguage } from '../../src-renderer/i18n';
import { realParts, renderIn } from '../support/parts';
import { NOW, planWith } from '../support/plans';

const { parts } = realParts();
afterEach(cleanup);

describe('a kanban card', () => {
  it('shows title, date and time, channels, audiences and the failed checks', () => {
    const plan = planWith(
      { type: 'item.create', id: 'a', title: 'Öppet möte', status: 'approved', date: '2030-11-26', time: '17:30' },
      { type: 'variant.add', id: 'a', channel: 'instagram' },
      { type: 'variant.add', id: 'a', channel: 'x' },
      { type: 'item.update', id: 'a', patch: { audiences: ['students', 'student-unions', 'public'] } },
    );
    renderIn(parts, <ItemCard item={plan.items[0]!} settings={defaultSettings()} />);
    expect(screen.getByRole('heading', { name: 'Öppet möte' })).toBeTruthy();
    expect(screen.getByText('tis 26 nov. · 17:30')).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Instagram',
      'X (Twitter)',
      'Studenter i Stockholm',
      'Studentkårer i Stockholm',
      '+1 till',
    ]);
    // Approved with empty texts, no principles ticked, Instagram without image or alt text.
    const mark = screen.getByRole('img', { name: /kontroller att åtgärda/ });
    expect(Number(mark.textContent)).toBeGreaterThanOrEqual(4);
  });

  it('has no check mark when everything passes, and says when it is not scheduled', () => {
    const plan = planWith({ type: 'item.create', id: 'b', title: 'Idé' }, { type: 'variant.add', id: 'b', channel: 'x' });
    const item = applyCommand(plan, { type: 'item.update', id: 'b', patch: { audiences: ['students'] } }, NOW).items[0]!;
    renderIn(parts, <ItemCard item={item} settings={defaultSettings()} />);
    expect(screen.getByText('Ej schemalagd')).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('speaks the language chosen while it is shown, and back', () => {
    const plan = planWith({ type: 'item.create', id: 'c', title: 'Idé' }, { type: 'variant.add', id: 'c', channel: 'x' });
    renderIn(parts, <ItemCard item={plan.items[0]!} settings={defaultSettings()} />);
    expect(screen.getByText('Ej schemalagd')).toBeTruthy();
    act(() => setLanguage('en'));
    expect(screen.getByText('Not scheduled')).toBeTruthy();
    expect(screen.getByRole('img', { name: /checks? to fix/ })).toBeTruthy();
    act(() => setLanguage('sv'));
    expect(screen.getByText('Ej schemalagd')).toBeTruthy();
  });
});
