// Same-slot collisions are a check like any other: two items' posts on one channel at the same
// day and time give each of them a finding, in the one checks function.
import { describe, expect, it } from 'vitest';
import { checkItem } from '../../src-shared/checks/checks';
import { calendarEntries } from '../../src-shared/calendar/entries';
import { slotIndex } from '../../src-shared/calendar/slots';
import { say } from '../../src-shared/i18n/messages';
import { NOW, planWith } from '../support/plans';

const plan = planWith(
  { type: 'item.create', id: 'a', title: 'Pressträff', date: '2026-12-02', time: '09:00' },
  { type: 'variant.add', id: 'a', channel: 'x' },
  { type: 'variant.add', id: 'a', channel: 'instagram' },
  { type: 'item.create', id: 'b', title: 'Bostadskrisen', date: '2026-12-02', time: '09:00' },
  { type: 'variant.add', id: 'b', channel: 'x' },
  { type: 'item.create', id: 'c', title: 'Senare', date: '2026-12-02', time: '10:00' },
  { type: 'variant.add', id: 'c', channel: 'x' },
);
const context = { slots: slotIndex(calendarEntries(plan.items)) };
const item = (id: string) => plan.items.find((candidate) => candidate.id === id)!;
const collisions = (id: string) =>
  checkItem(item(id), plan.settings, '2026-11-24T10:00', context).filter((finding) => finding.rule === 'slot-collision');

describe('the same-slot check', () => {
  it('names the channel, the slot and the other post, for each of the two', () => {
    expect(collisions('a')).toEqual([expect.objectContaining({ severity: 'warning', channel: 'x' })]);
    const [finding] = collisions('a');
    expect(say('sv', finding!.message)).toBe('X (Twitter) har ett annat inlägg samma dag och tid (2026-12-02 09:00): ”Bostadskrisen”.');
    expect(say('en', finding!.message)).toBe('X (Twitter) has another post at the same day and time (2026-12-02 09:00): "Bostadskrisen".');
    expect(collisions('b').map((finding) => say('sv', finding.message))).toEqual([
      'X (Twitter) har ett annat inlägg samma dag och tid (2026-12-02 09:00): ”Pressträff”.',
    ]);
  });

  it('never sees a collision between posts without a time, on one channel and day', () => {
    const untimed = planWith(
      { type: 'item.create', id: 'u', title: 'Utan tid 1', date: '2026-12-03', channels: ['x'] },
      { type: 'item.create', id: 'v', title: 'Utan tid 2', date: '2026-12-03', channels: ['x'] },
    );
    const slots = slotIndex(calendarEntries(untimed.items));
    for (const post of untimed.items) {
      expect(checkItem(post, untimed.settings, '2026-11-24T10:00', { slots }).map((finding) => finding.rule)).not.toContain(
        'slot-collision',
      );
    }
  });

  it('leaves alone a post at another time, and does not run without the plan', () => {
    expect(collisions('c')).toEqual([]);
    expect(checkItem(item('a'), plan.settings, NOW.slice(0, 16)).some((finding) => finding.rule === 'slot-collision')).toBe(
      false,
    );
  });
});
