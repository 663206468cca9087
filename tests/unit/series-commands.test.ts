// Recurring series as commands (issue 19, item 3): made ahead for a horizon, topped up, edited
// "this and following", ended with the past kept, and every step one undo through the real history.
import { describe, expect, it } from 'vitest';
import { applyCommand, changeOf, PlanCommand } from '../../src-shared/plan/commands';
import { planReader } from '../../src-shared/plan/draft';
import { mergeKeyOf } from '../../src-shared/plan/history';
import type { ContentItem, Plan } from '../../src-shared/plan/model';
import type { Repeat } from '../../src-shared/series/rule';
import { postId, seriesOf } from '../../src-shared/series/series-posts';
import { NOW, planWith, stepsFor } from '../support/plans';

const TODAY = '2026-09-01';
const weekly = (extra: Partial<Repeat> = {}): Repeat => ({
  frequency: 'weekly',
  interval: 1,
  weekdays: [],
  monthly: 'dayOfMonth',
  until: '2027-06-14',
  count: null,
  ...extra,
});

function withPost(): Plan {
  return planWith(
    {
      type: 'item.create',
      id: 'mon',
      title: 'Måndagsställning',
      status: 'approved',
      date: '2026-09-07',
      time: '08:00',
      channels: ['x', 'instagram'],
    },
    { type: 'variant.update', id: 'mon', channel: 'x', patch: { text: 'Veckans fråga', hashtags: ['ssco'] } },
    { type: 'item.update', id: 'mon', patch: { audiences: ['students'], tags: ['vecka'], owner: 'Kommunikatör' } },
  );
}

const apply = (plan: Plan, command: PlanCommand) => applyCommand(plan, command, NOW);
const create = (plan: Plan, repeat: Repeat = weekly(), today = TODAY) =>
  apply(plan, { type: 'series.create', id: 'mon', seriesId: 's1', repeat, today });
const seriesPosts = (plan: Plan) =>
  plan.items.filter((item) => seriesOf(plan.settings, item.id)).sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));

describe('making a series', () => {
  it("makes real posts up to eight weeks ahead, each with the content and none of the first one's marks", () => {
    const plan = create(withPost());
    const posts = seriesPosts(plan);
    expect(posts.map((post) => post.date)).toEqual([
      '2026-09-07',
      '2026-09-14',
      '2026-09-21',
      '2026-09-28',
      '2026-10-05',
      '2026-10-12',
      '2026-10-19',
      '2026-10-26',
    ]);
    const second = posts[1]!;
    expect(second).toMatchObject({
      id: postId('s1', '2026-09-14'),
      title: 'Måndagsställning',
      time: '08:00',
      status: 'draft',
      audiences: ['students'],
      tags: ['vecka'],
      owner: 'Kommunikatör',
    });
    expect(second.variants.map((v) => [v.channel, v.text, v.hashtags, v.publishedAt, v.slug])).toEqual([
      ['x', 'Veckans fråga', ['ssco'], null, ''],
      ['instagram', '', [], null, ''],
    ]);
    expect(second.principles).toEqual({ openness: false, clarity: false, credibility: false });
    expect(plan.settings.series[0]).toMatchObject({
      id: 's1',
      status: 'draft',
      rule: 'DTSTART:20260907T080000\nRRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20270614T235959',
    });
  });

  it('a count ends it: four times is four posts, made as far as the horizon reaches', () => {
    expect(seriesPosts(create(withPost(), weekly({ until: null, count: 4 }))).map((p) => p.date)).toEqual([
      '2026-09-07',
      '2026-09-14',
      '2026-09-21',
      '2026-09-28',
    ]);
  });

  it.each([
    {
      name: 'a post without a date',
      plan: () => apply(withPost(), { type: 'item.unschedule', id: 'mon' }),
      message: /datum först/,
    },
    {
      name: 'an end before the post',
      plan: () => withPost(),
      repeat: weekly({ until: '2026-09-01' }),
      message: /före inläggets datum/,
    },
    { name: 'a post already in a series', plan: () => create(withPost()), message: /redan i en serie/ },
    {
      name: 'a series of more than 2,000 posts',
      plan: () => withPost(),
      repeat: weekly({ until: '2099-01-01', weekdays: [1, 2, 3, 4, 5, 6, 7] }),
      message: /högst/,
    },
  ])('refuses $name and changes nothing', ({ plan, repeat, message }) => {
    const before = plan();
    expect(() =>
      apply(before, { type: 'series.create', id: 'mon', seriesId: 's2', repeat: repeat ?? weekly(), today: TODAY }),
    ).toThrow(message);
  });

  it('the schema refuses a rule with no end, and one with two', () => {
    const parse = (repeat: Partial<Repeat>) =>
      PlanCommand.safeParse({ type: 'series.create', id: 'mon', seriesId: 's', repeat: weekly(repeat), today: TODAY }).success;
    expect([parse({ until: null }), parse({ count: 3 }), parse({})]).toEqual([false, false, true]);
  });

  it('is one undo step: settings and posts go back together', () => {
    const before = withPost();
    const { after, undo } = stepsFor(before, {
      type: 'series.create',
      id: 'mon',
      seriesId: 's1',
      repeat: weekly(),
      today: TODAY,
    });
    const undone = apply(after, undo);
    expect(undone.settings.series).toEqual([]);
    expect(undone.items.map((item) => item.id)).toEqual(['mon']);
    expect(undo).toMatchObject({ type: 'plan.patch', settings: before.settings });
  });
});

describe('topping up', () => {
  it('makes what came within the horizon since, never a day in the past, never one made before', () => {
    const made = create(withPost());
    const deleted = apply(made, { type: 'item.delete', id: postId('s1', '2026-10-26') });
    const later = apply(deleted, { type: 'series.topUp', today: '2026-09-20' });
    const dates = seriesPosts(later).map((p) => p.date);
    expect(dates).not.toContain('2026-10-26');
    expect(dates.slice(-3)).toEqual(['2026-10-19', '2026-11-02', '2026-11-09']);
    // After months away: nothing is made for the weeks that passed.
    const away = apply(made, { type: 'series.topUp', today: '2027-01-05' });
    expect(
      seriesPosts(away)
        .map((p) => p.date)
        .filter((d) => d! > '2026-10-26' && d! < '2027-01-05'),
    ).toEqual([]);
    expect(seriesPosts(away).at(-1)?.date).toBe('2027-03-01');
  });

  it('returns the very same plan when there is nothing to make, so nothing is written', () => {
    const made = create(withPost());
    expect(apply(made, { type: 'series.topUp', today: TODAY })).toBe(made);
  });
});

describe('this and following', () => {
  const made = () => create(withPost());
  const third = postId('s1', '2026-09-21');

  it('a text change reaches the later unpublished posts and the posts still to be made, not the earlier ones', () => {
    let plan = made();
    plan = apply(plan, { type: 'variant.publish', id: postId('s1', '2026-09-28'), channel: 'x', url: '' });
    plan = apply(plan, {
      type: 'series.follow',
      change: { type: 'variant.update', id: third, channel: 'x', patch: { text: 'Ny fråga' } },
    });
    const text = (id: string) => plan.items.find((item) => item.id === id)?.variants.find((v) => v.channel === 'x')?.text;
    expect(text(postId('s1', '2026-09-14'))).toBe('Veckans fråga');
    expect(text(third)).toBe('Ny fråga');
    expect(text(postId('s1', '2026-09-28'))).toBe('Veckans fråga'); // published: the past
    expect(text(postId('s1', '2026-10-05'))).toBe('Ny fråga');
    plan = apply(plan, { type: 'series.topUp', today: '2026-09-14' });
    expect(text(postId('s1', '2026-11-09'))).toBe('Ny fråga');
  });

  it('a time change moves the later posts and the rule, keeping their days', () => {
    const plan = apply(made(), {
      type: 'series.follow',
      change: { type: 'item.schedule', id: third, date: '2026-09-21', time: '09:00' },
    });
    expect(seriesPosts(plan).map((p) => p.time)).toEqual([
      '08:00',
      '08:00',
      '09:00',
      '09:00',
      '09:00',
      '09:00',
      '09:00',
      '09:00',
    ]);
    expect(plan.settings.series[0]?.rule.startsWith('DTSTART:20260907T090000')).toBe(true);
  });

  it('a channel added reaches the later posts; one they have already is left', () => {
    const plan = apply(made(), { type: 'series.follow', change: { type: 'variant.add', id: third, channel: 'facebook' } });
    expect(seriesPosts(plan).map((p) => p.variants.length)).toEqual([2, 2, 3, 3, 3, 3, 3, 3]);
    expect(plan.settings.series[0]?.content.variants.map((v) => v.channel)).toEqual(['x', 'instagram', 'facebook']);
  });

  it('refuses a new date (it moves one post), a post of no series, and principles', () => {
    expect(() =>
      apply(made(), { type: 'series.follow', change: { type: 'item.schedule', id: third, date: '2026-09-22', time: '08:00' } }),
    ).toThrow(/bara det här/);
    expect(() =>
      apply(withPost(), { type: 'series.follow', change: { type: 'item.update', id: 'mon', patch: { title: 'x' } } }),
    ).toThrow(/inte i någon serie/);
    expect(
      PlanCommand.safeParse({
        type: 'series.follow',
        change: { type: 'item.update', id: third, patch: { principles: { openness: true, clarity: true, credibility: true } } },
      }).success,
    ).toBe(false);
  });

  it("changes the series' posts alone, looked up by id, and skips one deleted since", () => {
    let plan = made();
    plan = apply(plan, { type: 'item.delete', id: postId('s1', '2026-10-12') });
    // Posts of no series around it, which "Det här och följande" must neither change nor read.
    const others = Array.from({ length: 50 }, (_, i) => ({ ...(plan.items[0] as ContentItem), id: `other-${i}` }));
    plan = { ...plan, items: [...plan.items, ...others] };
    const read: string[] = [];
    const reader = planReader(plan);
    const spy = {
      ...reader,
      get: (id: string) => (read.push(id), reader.get(id)),
      items: () => {
        throw new Error('walked every post');
      },
    };
    const change = changeOf(
      spy,
      { type: 'series.follow', change: { type: 'variant.update', id: third, channel: 'x', patch: { text: 'Ny' } } },
      NOW,
    );
    const changed = [...change.items.keys()].sort();
    expect(changed).toEqual(
      seriesPosts(plan)
        .filter((p) => p.date !== null && p.date >= '2026-09-21')
        .map((p) => p.id)
        .sort(),
    );
    expect(changed).not.toContain(postId('s1', '2026-10-12'));
    expect(read.some((id) => id.startsWith('other-'))).toBe(false);
  });

  it('typing merges into one undo step like typing in one post', () => {
    expect(
      mergeKeyOf({ type: 'series.follow', change: { type: 'variant.update', id: third, channel: 'x', patch: { text: 'a' } } }),
    ).toBe(`series:variant:${third}:x:text`);
  });
});

describe('ending a series', () => {
  it('removes its unpublished posts after today, keeps the past and today, and makes no more', () => {
    let plan = create(withPost());
    plan = apply(plan, { type: 'variant.publish', id: postId('s1', '2026-10-05'), channel: 'x', url: '' });
    const { after: ended, undo } = stepsFor(plan, { type: 'series.end', seriesId: 's1', today: '2026-09-21' });
    expect(seriesPosts(ended).map((p) => p.date)).toEqual(['2026-09-07', '2026-09-14', '2026-09-21', '2026-10-05']);
    expect(ended.settings.series[0]?.rule).toContain('UNTIL=20260921T235959');
    expect(apply(ended, { type: 'series.topUp', today: '2026-10-01' })).toBe(ended);
    // One undo brings the removed posts and the rule back.
    const undone = apply(ended, undo);
    expect(seriesPosts(undone).length).toBe(8);
    expect(undone.settings.series[0]?.rule).toBe(plan.settings.series[0]?.rule);
  });
});
