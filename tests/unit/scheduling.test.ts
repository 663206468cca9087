// One scheduling model: a drag moves the whole post, a channel with its own time moves alone,
// and a drop on a lane the post lacks adds that channel. Through the real commands.
import { describe, expect, it } from 'vitest';
import { applyCommand, type PlanCommand } from '../../src-shared/plan/commands';
import { calendarDrop, type DropScope } from '../../src-shared/calendar/drop';
import type { ChannelId, ContentItem, Plan } from '../../src-shared/plan/model';
import { calendarEntries } from '../../src-shared/calendar/entries';
import { NOW, planWith } from '../support/plans';

const LATER = '2026-11-25T09:00:00.000Z';
const threeChannels = planWith(
  {
    type: 'item.create',
    id: 'p',
    title: 'Tre kanaler',
    date: '2026-12-01',
    time: '09:30',
    channels: ['website', 'x', 'instagram'],
  },
  { type: 'item.create', id: 'bare', title: 'Utan kanal' },
);
const xOwnTime = applyCommand(
  threeChannels,
  { type: 'variant.ownTime', id: 'p', channel: 'x', date: '2026-12-02', time: '12:00' },
  NOW,
);
const item = (plan: Plan, id = 'p') => plan.items.find((i) => i.id === id) as ContentItem;
/** Where each channel of the post shows on the calendar, "channel@date time", by channel. */
const placed = (plan: Plan, id = 'p') =>
  calendarEntries([item(plan, id)])
    .map((e) => `${e.channel ?? '-'}@${e.date} ${e.time ?? ''}`.trim())
    .sort();

describe('scheduling commands', () => {
  const cases: Array<{ name: string; plan: Plan; command: PlanCommand; expected: string[]; id?: string }> = [
    {
      name: 'a whole-post move takes every channel along and keeps the time',
      plan: threeChannels,
      command: { type: 'item.drop', id: 'p', date: '2026-12-03', lane: 'x' },
      expected: ['instagram@2026-12-03 09:30', 'website@2026-12-03 09:30', 'x@2026-12-03 09:30'],
    },
    {
      name: 'a whole-post move leaves a channel with its own time where it is',
      plan: xOwnTime,
      command: { type: 'item.drop', id: 'p', date: '2026-12-04', lane: null },
      expected: ['instagram@2026-12-04 09:30', 'website@2026-12-04 09:30', 'x@2026-12-02 12:00'],
    },
    {
      name: 'an override move moves that channel alone, keeping its own time',
      plan: xOwnTime,
      command: { type: 'variant.reschedule', id: 'p', channel: 'x', date: '2026-12-05' },
      expected: ['instagram@2026-12-01 09:30', 'website@2026-12-01 09:30', 'x@2026-12-05 12:00'],
    },
    {
      name: 'a drop on a lane the post lacks adds that channel and sets the date',
      plan: threeChannels,
      command: { type: 'item.drop', id: 'bare', date: '2026-12-02', lane: 'facebook' },
      id: 'bare',
      expected: ['facebook@2026-12-02'],
    },
    {
      name: 'a drop on a lane that a post with channels lacks adds it too',
      plan: threeChannels,
      command: { type: 'item.drop', id: 'p', date: '2026-12-02', lane: 'linkedin' },
      expected: ['instagram@2026-12-02 09:30', 'linkedin@2026-12-02 09:30', 'website@2026-12-02 09:30', 'x@2026-12-02 09:30'],
    },
    {
      name: 'a drop on a lane of a channel the post has adds nothing',
      plan: threeChannels,
      command: { type: 'item.drop', id: 'p', date: '2026-12-01', lane: 'instagram' },
      expected: ['instagram@2026-12-01 09:30', 'website@2026-12-01 09:30', 'x@2026-12-01 09:30'],
    },
    {
      name: 'an own time set on purpose, and taken back',
      plan: xOwnTime,
      command: { type: 'variant.ownTime', id: 'p', channel: 'x', date: null, time: null },
      expected: ['instagram@2026-12-01 09:30', 'website@2026-12-01 09:30', 'x@2026-12-01 09:30'],
    },
  ];
  it.each(cases)('$name', ({ plan, command, expected, id }) => {
    const after = applyCommand(plan, command, LATER);
    expect(placed(after, id)).toEqual(expected);
    expect(item(after, id ?? 'p').updatedAt).toBe(LATER);
  });

  it('refuses an own time for a channel the post does not have', () => {
    const command: PlanCommand = { type: 'variant.ownTime', id: 'p', channel: 'linkedin', date: '2026-12-01', time: null };
    expect(() => applyCommand(threeChannels, command, LATER)).toThrow(/ingen variant/);
  });
});

describe('calendarDrop: what a drop in the calendar means', () => {
  const cases: Array<{
    name: string;
    plan: Plan;
    id?: string;
    chip: ChannelId | null;
    target: { date: string; channel: ChannelId | null };
    scope: DropScope | null;
    command?: Partial<PlanCommand>;
  }> = [
    {
      name: 'any chip without its own time moves the whole post',
      plan: threeChannels,
      chip: 'instagram',
      target: { date: '2026-12-02', channel: 'instagram' },
      scope: 'post',
      command: { type: 'item.drop', date: '2026-12-02' },
    },
    {
      name: 'a chip with its own time moves only its channel',
      plan: xOwnTime,
      chip: 'x',
      target: { date: '2026-12-04', channel: 'x' },
      scope: 'channel',
      command: { type: 'variant.reschedule', channel: 'x', date: '2026-12-04' },
    },
    {
      name: 'a backlog post on a lane it lacks gains that channel',
      plan: threeChannels,
      id: 'bare',
      chip: null,
      target: { date: '2026-12-02', channel: 'facebook' },
      scope: 'added',
      command: { type: 'item.drop', lane: 'facebook' },
    },
    {
      name: 'a post with channels, on a lane it lacks, gains that channel',
      plan: threeChannels,
      chip: 'x',
      target: { date: '2026-12-02', channel: 'linkedin' },
      scope: 'added',
      command: { type: 'item.drop', date: '2026-12-02', lane: 'linkedin' },
    },
    {
      name: 'a post in the month view (no lane) moves whole, gaining nothing',
      plan: threeChannels,
      chip: 'x',
      target: { date: '2026-12-02', channel: null },
      scope: 'post',
      command: { type: 'item.drop', date: '2026-12-02', lane: null },
    },
    {
      name: 'a chip dropped on its own lane and day changes nothing',
      plan: threeChannels,
      chip: 'x',
      target: { date: '2026-12-01', channel: 'x' },
      scope: null,
    },
    {
      name: 'a chip with its own time dropped back on its day changes nothing',
      plan: xOwnTime,
      chip: 'x',
      target: { date: '2026-12-02', channel: 'x' },
      scope: null,
    },
  ];
  it.each(cases)('$name', ({ plan, id, chip, target, scope, command }) => {
    const drop = calendarDrop(item(plan, id), chip, target);
    expect(drop?.scope ?? null).toBe(scope);
    if (command) expect(drop?.command).toMatchObject(command);
  });
});
