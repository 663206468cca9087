// Publicera's list is kept between switches to the view while nothing it depends on changed, and
// made again when the items, the settings, the minute or the week do.
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src-shared/plan/commands';
import { defaultSettings } from '../../src-shared/settings/policy';
import { publishList } from '../../src-shared/publishing/publish-list';
import { keptPublishList } from '../../src-renderer/features/publish/kept-list';
import { planWith } from '../support/plans';

const NOW = '2026-11-25T10:00';
const settings = defaultSettings();
const plan = planWith(
  { type: 'item.create', id: 'late', title: 'Sen', status: 'approved', date: '2026-11-18', time: '12:00' },
  { type: 'variant.add', id: 'late', channel: 'facebook' },
  { type: 'item.create', id: 'friday', title: 'Fredag', status: 'approved', date: '2026-11-27', time: '09:00' },
  { type: 'variant.add', id: 'friday', channel: 'x' },
);

describe('keptPublishList', () => {
  it('is the same list while the items, settings, minute and week stay the same', () => {
    const list = keptPublishList(plan.items, settings, NOW, 0);
    expect(list).toEqual(publishList(plan.items, settings, NOW, 0));
    expect(keptPublishList(plan.items, settings, NOW, 0)).toBe(list);
  });

  it('is made again for a change of the items, the settings, the minute or the week', () => {
    const list = keptPublishList(plan.items, settings, NOW, 0);
    const moved = applyCommand(plan, { type: 'item.schedule', id: 'friday', date: '2026-11-30', time: '09:00' }, NOW);
    expect(keptPublishList(moved.items, settings, NOW, 0).channels).toEqual([]);
    expect(keptPublishList(moved.items, settings, NOW, 1).channels.map(({ channel }) => channel)).toEqual(['x']);
    // Friday 09:00 is late a minute after it, with nothing else changed.
    expect(keptPublishList(plan.items, settings, NOW, 0)).toBe(list);
    expect(keptPublishList(plan.items, settings, '2026-11-27T09:01', 0).overdue.map((entry) => entry.key)).toEqual([
      'late:facebook',
      'friday:x',
    ]);
    const withoutX = { ...settings, channels: settings.channels.filter((channel) => channel.id !== 'x') };
    expect(keptPublishList(plan.items, withoutX, NOW, 0)).not.toBe(list);
    expect(keptPublishList(plan.items, withoutX, NOW, 0)).toEqual(publishList(plan.items, withoutX, NOW, 0));
  });
});
