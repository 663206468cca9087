// The "Publicera" list: which posts, in which order, and which are late.
import { describe, expect, it } from 'vitest';
import { applyCommand, type PlanCommand } from '../../src-shared/plan/commands';
import type { Plan, Settings } from '../../src-shared/plan/model';
import { defaultSettings } from '../../src-shared/settings/policy';
import { publishList, type PublishList } from '../../src-shared/publishing/publish-list';
import { planWith } from '../support/plans';

// Wednesday 25 November 2026 at 10:00; the week runs Monday 23 to Sunday 29.
const NOW = '2026-11-25T10:00';
const settings = defaultSettings();

function approved(id: string, date: string | null, time: string | null, ...channels: string[]): PlanCommand[] {
  return [
    { type: 'item.create', id, title: id, status: 'approved', date, time },
    ...channels.map((channel): PlanCommand => ({ type: 'variant.add', id, channel })),
  ];
}

const keys = (list: PublishList) => ({
  overdue: list.overdue.map((entry) => entry.key),
  channels: list.channels.map(({ channel, entries }) => [channel, entries.map((entry) => entry.key)]),
  done: list.done.map((entry) => entry.key),
});

describe('publishList', () => {
  const plan = planWith(
    ...approved('later-today', '2026-11-25', '12:00', 'x', 'facebook'),
    ...approved('this-morning', '2026-11-25', '08:00', 'linkedin'),
    ...approved('whole-day', '2026-11-25', null, 'x'),
    ...approved('friday', '2026-11-27', '09:00', 'x', 'website'),
    ...approved('sunday', '2026-11-29', '18:00', 'instagram'),
    ...approved('next-week', '2026-11-30', '08:00', 'x'),
    ...approved('last-week', '2026-11-18', '12:00', 'facebook'),
    ...approved('backlog', null, null, 'x'),
    ...approved('no-variants', '2026-11-26', '08:00'),
    { type: 'item.create', id: 'draft', title: 'draft', status: 'draft', date: '2026-11-25', time: '12:00' },
    { type: 'variant.add', id: 'draft', channel: 'x' },
  );

  it('looks a week ahead: next week per channel, with the late posts still on top', () => {
    expect(keys(publishList(plan.items, settings, NOW, 1))).toEqual({
      overdue: ['last-week:facebook', 'this-morning:linkedin'],
      channels: [['x', ['next-week:x']]],
      done: [],
    });
  });

  it('lists late posts first, then this week per channel in Settings order and time order', () => {
    expect(keys(publishList(plan.items, settings, NOW))).toEqual({
      overdue: ['last-week:facebook', 'this-morning:linkedin'],
      channels: [
        ['website', ['friday:website']],
        ['x', ['later-today:x', 'whole-day:x', 'friday:x']],
        ['instagram', ['sunday:instagram']],
        ['facebook', ['later-today:facebook']],
      ],
      done: [],
    });
  });

  it('marks only late posts as overdue; a post with no time is late only when its day is over', () => {
    const list = publishList(plan.items, settings, NOW);
    expect(list.overdue.every((entry) => entry.overdue)).toBe(true);
    expect(list.channels.flatMap(({ entries }) => entries).some((entry) => entry.overdue)).toBe(false);
    const tomorrow = publishList(plan.items, settings, '2026-11-26T00:00');
    expect(tomorrow.overdue.map((entry) => entry.key)).toContain('whole-day:x');
  });

  it('a post exactly at its minute is not late yet', () => {
    expect(publishList(plan.items, settings, '2026-11-25T12:00').overdue.map((e) => e.key)).not.toContain('later-today:x');
    expect(publishList(plan.items, settings, '2026-11-25T12:01').overdue.map((e) => e.key)).toContain('later-today:x');
  });

  it('uses a variant’s own date and time', () => {
    const moved = applyCommand(
      plan,
      { type: 'variant.update', id: 'friday', channel: 'x', patch: { date: '2026-11-30', time: '07:00' } },
      '2026-11-25T09:00:00.000Z',
    );
    const list = publishList(moved.items, settings, NOW);
    expect(list.channels.find((group) => group.channel === 'x')?.entries.map((e) => e.key)).toEqual([
      'later-today:x',
      'whole-day:x',
    ]);
  });

  it('shows this week’s published posts as done, and those published this week, but not old ones', () => {
    const published = [
      { type: 'variant.publish', id: 'later-today', channel: 'x', url: 'https://x.com/ssco/status/1' },
      { type: 'variant.publish', id: 'last-week', channel: 'facebook', url: '' },
      { type: 'variant.publish', id: 'next-week', channel: 'x', url: '' },
    ] as PlanCommand[];
    const atNoon = published.reduce((current: Plan, command) => applyCommand(current, command, '2026-11-25T11:00:00.000Z'), plan);
    const list = publishList(atNoon.items, settings, NOW);
    expect(list.done.map((e) => e.key)).toEqual(['last-week:facebook', 'later-today:x', 'next-week:x']);
    expect(list.overdue.map((e) => e.key)).toEqual(['this-morning:linkedin']);
    // The week after, only the post dated in that week is still this week's.
    expect(publishList(atNoon.items, settings, '2026-12-02T10:00').done.map((e) => e.key)).toEqual(['next-week:x']);
    expect(publishList(atNoon.items, settings, '2026-12-09T10:00').done).toEqual([]);
  });

  // The list asks the machine's clock for a timestamp's day only near the week: a timestamp is at
  // most two days from the date written in it. Held to the extremes, UTC+14 and UTC−11.
  it.each([
    ['Pacific/Kiritimati', '2026-11-21T22:00:00-12:00', true], // Monday 23 at 00:00 there
    ['Pacific/Kiritimati', '2026-11-22T09:30:00Z', false], // Sunday 22 at 23:30 there
    ['Pacific/Pago_Pago', '2026-12-01T00:30:00+14:00', true], // Sunday 29 at 23:30 there
    ['Pacific/Pago_Pago', '2026-11-30T11:00:00Z', false], // Monday 30 at 00:00 there
  ])('in %s, a post published at %s is done this week: %s', (zone, at, done) => {
    const before = process.env.TZ;
    process.env.TZ = zone;
    try {
      const published = applyCommand(plan, { type: 'variant.publish', id: 'last-week', channel: 'facebook', url: '' }, at);
      const list = publishList(published.items, settings, NOW);
      expect(list.done.map((e) => e.key).includes('last-week:facebook')).toBe(done);
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  it('breaks ties by channel order, then by item id, whatever the titles', () => {
    const tied = planWith(
      ...approved('b', '2026-11-25', '09:00', 'facebook', 'x'),
      ...approved('a', '2026-11-25', '09:00', 'facebook', 'x'),
      ...approved('Ö', '2026-11-25', '09:00', 'x'),
      ...approved('Z', '2026-11-25', '09:00', 'x'),
    );
    const list = publishList(tied.items, settings, NOW);
    expect(list.overdue.map((e) => e.key)).toEqual(['Z:x', 'a:x', 'b:x', 'Ö:x', 'a:facebook', 'b:facebook']);
  });

  it('follows the channel order of Settings, and puts a channel Settings lacks last', () => {
    const reordered: Settings = { ...settings, channels: [...settings.channels].reverse().filter((c) => c.id !== 'x') };
    const list = publishList(plan.items, reordered, NOW);
    expect(list.channels.map((group) => group.channel)).toEqual(['facebook', 'instagram', 'website', 'x']);
  });
});
