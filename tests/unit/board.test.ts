import { describe, expect, it } from 'vitest';
import { boardPosts, boardTotals, boardWeeks, plainText, postExcerpt } from '../../src-shared/board/posts';
import { audienceCoverage, type SuggestedChannels } from '../../src-shared/board/coverage';
import { boardHtml } from '../../src-shared/board/html';
import type { PlanCommand } from '../../src-shared/plan/commands';
import { calendarPeriod, defaultBoardPeriod, shiftPeriod, weekMondays } from '../../src-shared/board/period';
import { operatingYearStart, policyReviewStatus } from '../../src-shared/board/review';
import { planWith } from '../support/plans';

/** An item on `date` with text on each channel, aimed at `audiences`. */
function post(
  id: string,
  date: string,
  channels: Array<'website' | 'x' | 'instagram' | 'facebook' | 'linkedin'>,
  audiences: string[],
): PlanCommand[] {
  return [
    { type: 'item.create', id, title: id, date, time: '09:00' },
    { type: 'item.update', id, patch: { audiences } },
    ...channels.flatMap((channel): PlanCommand[] => [
      { type: 'variant.add', id, channel },
      { type: 'variant.update', id, channel, patch: { text: `${id} på ${channel}` } },
    ]),
  ];
}

const PERIOD = { from: '2026-11-23', to: '2026-12-20' }; // v. 48–51

describe('the board period', () => {
  it.each([
    ['a Wednesday', '2026-11-25', { from: '2026-11-23', to: '2026-12-20' }],
    ['a Monday', '2026-11-23', { from: '2026-11-23', to: '2026-12-20' }],
    ['a Sunday', '2026-11-29', { from: '2026-11-23', to: '2026-12-20' }],
    ['across the new year', '2026-12-31', { from: '2026-12-28', to: '2027-01-24' }],
  ])('by default is this week and the next three, from %s', (_name, today, period) => {
    expect(defaultBoardPeriod(today)).toEqual(period);
  });

  it('steps by weeks and lists the Mondays of the weeks it touches', () => {
    expect(shiftPeriod(PERIOD, 1)).toEqual({ from: '2026-11-30', to: '2026-12-27' });
    expect(shiftPeriod(PERIOD, -2)).toEqual({ from: '2026-11-09', to: '2026-12-06' });
    expect(weekMondays({ from: '2026-11-25', to: '2026-12-01' })).toEqual(['2026-11-23', '2026-11-30']);
  });
});

describe('posts, weeks and totals', () => {
  const plan = planWith(
    ...post('a', '2026-11-24', ['x', 'website'], ['students']),
    ...post('b', '2026-12-03', ['instagram'], ['students']),
    ...post('outside', '2026-12-21', ['x'], ['public']),
    { type: 'item.create', id: 'backlog', title: 'backlog' },
    // A variant with its own date in the next week becomes a post of its own there.
    ...post('c', '2026-11-26', ['facebook', 'linkedin'], ['public']),
    { type: 'variant.reschedule', id: 'c', channel: 'linkedin', date: '2026-12-01' },
  );
  const posts = boardPosts(plan.items, PERIOD, plan.settings);

  it('takes every post of the period, one per item and day, channels in Settings order', () => {
    expect(posts.map((p) => `${p.item.id}@${p.date}:${p.variants.map((v) => v.channel).join('+')}`)).toEqual([
      'a@2026-11-24:website+x',
      'c@2026-11-26:facebook',
      'c@2026-12-01:linkedin',
      'b@2026-12-03:instagram',
    ]);
  });

  it('takes a channel rescheduled into the period from an item dated outside it, and nothing else of that item', () => {
    const moved = planWith(
      ...post('moved-in', '2027-01-20', ['x', 'facebook'], ['public']),
      { type: 'variant.reschedule', id: 'moved-in', channel: 'x', date: '2026-12-02' },
    );
    expect(boardPosts(moved.items, PERIOD, moved.settings).map((p) => `${p.item.id}@${p.date}:${p.variants.map((v) => v.channel).join('+')}`)).toEqual([
      'moved-in@2026-12-02:x',
    ]);
  });

  it('orders posts of the same day, time and title the same whatever order the items come in', () => {
    // Styrelsevy takes its items from the index by day, in no particular order.
    const twins = planWith(...post('twin-b', '2026-12-02', ['x'], ['public']), ...post('twin-a', '2026-12-02', ['x'], ['public']), {
      type: 'item.update',
      id: 'twin-b',
      patch: { title: 'twin-a' },
    });
    const keys = (items: typeof twins.items) => boardPosts(items, PERIOD, twins.settings).map((p) => p.key);
    expect(keys(twins.items)).toEqual(['twin-a|2026-12-02', 'twin-b|2026-12-02']);
    expect(keys([...twins.items].reverse())).toEqual(keys(twins.items));
  });

  it('groups them by ISO week, keeping empty weeks', () => {
    expect(boardWeeks(posts, PERIOD).map((w) => [w.week, w.posts.length])).toEqual([
      [48, 2],
      [49, 2],
      [50, 0],
      [51, 0],
    ]);
  });

  it('counts posts per status and per channel', () => {
    const totals = boardTotals(posts, plan.settings);
    expect(totals.posts).toBe(4);
    expect(totals.byStatus).toEqual({ idea: 4, draft: 0, review: 0, approved: 0, published: 0 });
    expect(totals.byChannel).toEqual([
      { channel: 'website', count: 1 },
      { channel: 'x', count: 1 },
      { channel: 'instagram', count: 1 },
      { channel: 'facebook', count: 1 },
      { channel: 'linkedin', count: 1 },
    ]);
  });

  it('shows the first lines of text without Markdown, cut at a word', () => {
    expect(plainText('## Rubrik\n\n**Fet** och [länk](https://x.se)\n- punkt')).toBe('Rubrik Fet och länk punkt');
    const long = { ...posts[0]!, variants: [{ ...posts[0]!.variants[0]!, lead: '', text: 'ord '.repeat(100) }] };
    const excerpt = postExcerpt(long, 50);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(51);
  });
});

describe('audience coverage', () => {
  const suggested: SuggestedChannels = new Map([
    ['students', ['instagram']],
    ['public', ['website']],
    ['decision-makers', ['x']],
  ]);
  const cases: Array<{
    name: string;
    commands: PlanCommand[];
    flags: Record<string, string | null>;
    counts?: Record<string, Record<string, number>>;
  }> = [
    {
      name: 'an audience on a suggested channel is not flagged; one with no post is unreached',
      commands: post('a', '2026-11-24', ['instagram', 'x'], ['students']),
      flags: { students: null, public: 'unreached', 'decision-makers': 'unreached' },
      counts: { students: { instagram: 1, x: 1 } },
    },
    {
      name: 'reached only off-policy',
      commands: post('a', '2026-11-24', ['linkedin'], ['public', 'decision-makers']),
      flags: { public: 'off-policy', 'decision-makers': 'off-policy', students: 'unreached' },
    },
    {
      name: 'one suggested channel among others is enough',
      commands: [...post('a', '2026-11-24', ['linkedin'], ['public']), ...post('b', '2026-11-25', ['website'], ['public'])],
      flags: { public: null },
      counts: { public: { linkedin: 1, website: 1 } },
    },
    {
      name: 'a post outside the period does not count',
      commands: post('a', '2027-01-05', ['instagram'], ['students']),
      flags: { students: 'unreached' },
    },
    {
      name: 'an item without channels reaches nobody',
      commands: [
        { type: 'item.create', id: 'a', title: 'a', date: '2026-11-24' },
        { type: 'item.update', id: 'a', patch: { audiences: ['students'] } },
      ],
      flags: { students: 'unreached' },
    },
    {
      name: 'an audience with no suggestion on record is unreached or fine, never off-policy',
      commands: post('a', '2026-11-24', ['linkedin'], ['construction']),
      flags: { construction: null, universities: 'unreached' },
    },
  ];

  it.each(cases)('$name', ({ commands, flags, counts }) => {
    const plan = planWith(...commands);
    const coverage = audienceCoverage(boardPosts(plan.items, PERIOD, plan.settings), plan.settings, suggested);
    const rows = new Map(coverage.rows.map((row) => [row.audience.id, row]));
    for (const [id, flag] of Object.entries(flags)) expect(rows.get(id)?.flag, id).toBe(flag);
    for (const [id, row] of Object.entries(counts ?? {})) expect(rows.get(id)?.counts, id).toEqual(new Map(Object.entries(row)));
    expect(coverage.channels).toEqual(['website', 'x', 'instagram', 'facebook', 'linkedin']);
  });

  it('keeps archived audiences out, unless a post still names them, and never flags them', () => {
    const plan = planWith(...post('a', '2026-11-24', ['x'], ['students']));
    const settings = {
      ...plan.settings,
      audiences: plan.settings.audiences.map((a) => (a.id === 'students' || a.id === 'public' ? { ...a, archived: true } : a)),
    };
    const rows = audienceCoverage(boardPosts(plan.items, PERIOD, settings), settings, suggested).rows;
    expect(rows.find((r) => r.audience.id === 'public')).toBeUndefined();
    expect(rows.find((r) => r.audience.id === 'students')).toMatchObject({ flag: null, total: 1 });
  });

  it('finds no suggestion on Object.prototype for audiences named constructor, toString, valueOf or __proto__', () => {
    const names = ['constructor', 'toString', 'valueOf', '__proto__'];
    const plain = planWith();
    const settings = {
      ...plain.settings,
      audiences: [...plain.settings.audiences, ...names.map((id) => ({ id, label: { sv: id, en: id }, archived: false }))],
    };
    const plan = { ...planWith(...post('a', '2026-11-24', ['x'], [])), settings };
    const withPosts = { ...plan, items: plan.items.map((item) => ({ ...item, audiences: names })) };
    const rows = audienceCoverage(boardPosts(withPosts.items, PERIOD, settings), settings).rows;
    for (const name of names) {
      expect(rows.find((row) => row.audience.id === name)).toMatchObject({ suggested: [], flag: null, total: 1 });
    }
    expect(() => boardHtml({ plan: withPosts, period: PERIOD, now: '2026-11-24T10:00', language: 'sv' })).not.toThrow();
  });

  it('follows the channels in Settings: a disabled one without posts has no column', () => {
    const plan = planWith(...post('a', '2026-11-24', ['x'], ['students']));
    const settings = {
      ...plan.settings,
      channels: plan.settings.channels.map((c) => ({ ...c, enabled: c.id !== 'linkedin' && c.id !== 'x' })),
    };
    expect(audienceCoverage(boardPosts(plan.items, PERIOD, settings), settings).channels).toEqual([
      'website',
      'x',
      'instagram',
      'facebook',
    ]);
  });
});

describe('the yearly policy review', () => {
  it.each([
    // today, start month, last review, year start, due
    ['2026-11-24', 7, null, '2026-07-01', true],
    ['2026-11-24', 7, '2026-07-01', '2026-07-01', false],
    ['2026-11-24', 7, '2026-06-30', '2026-07-01', true],
    ['2026-06-30', 7, '2025-09-15', '2025-07-01', false],
    ['2026-07-01', 7, '2025-09-15', '2026-07-01', true],
    ['2026-01-01', 1, '2025-12-31', '2026-01-01', true],
    ['2026-12-31', 1, '2026-01-01', '2026-01-01', false],
    ['2027-02-10', 9, '2026-09-01', '2026-09-01', false],
    ['2027-08-31', 9, '2026-09-01', '2026-09-01', false],
    ['2027-09-01', 9, '2026-09-01', '2027-09-01', true],
  ] as const)(
    'on %s with the year starting in month %i and the last review %s: from %s, due %s',
    (today, month, last, start, due) => {
      expect(operatingYearStart(today, month)).toBe(start);
      expect(policyReviewStatus({ operatingYearStartMonth: month, lastPolicyReview: last }, today)).toEqual({
        due,
        yearStart: start,
        lastReview: last,
      });
    },
  );
});

describe('calendarPeriod', () => {
  it.each([
    ['week', '2026-12-02', '2026-11-30', '2026-12-06'],
    ['week', '2026-12-31', '2026-12-28', '2027-01-03'],
    ['month', '2026-12-02', '2026-12-01', '2026-12-31'],
    ['month', '2028-02-29', '2028-02-01', '2028-02-29'],
    ['month', '2027-02-15', '2027-02-01', '2027-02-28'],
    ['month', '2026-10-25', '2026-10-01', '2026-10-31'],
  ] as const)('%s of %s is %s to %s', (mode, day, from, to) => {
    expect(calendarPeriod(mode, day)).toEqual({ from, to });
  });
});
