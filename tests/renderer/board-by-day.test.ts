// Styrelsevy takes its period's posts from the renderer's index by day (BoardView), not from every
// post of the plan. Whatever the period, it must show exactly what the board's export (boardHtml,
// over every item) shows: archived posts that came in after the board, and posts dated only on one
// channel, included.
import { describe, expect, it } from 'vitest';
import { boardPosts } from '../../src-shared/board/posts';
import { shiftDays } from '../../src-shared/calendar/dates';
import { changeOf } from '../../src-shared/plan/commands';
import { PlanModel } from '../../src-renderer/app/plan-model';
import { generatePlan } from '../../bench/plan-generator';

const DAY = '2026-12-01';
const plan = generatePlan(1000, { day: DAY });
const keysOf = (posts: ReturnType<typeof boardPosts>) => posts.map((post) => `${post.key}:${post.variants.map((v) => v.channel).join('+')}`);

function byDay(model: PlanModel, period: { from: string; to: string }) {
  return keysOf(boardPosts(model.days.itemsIn(period.from, period.to, model.held.table), period, model.held.settings));
}

describe('Styrelsevy through the index by day', () => {
  // The default four weeks, a past stretch of published posts, and a long one across a year.
  const periods = [
    { from: '2026-11-30', to: '2026-12-27' },
    { from: '2023-03-06', to: '2023-04-02' },
    { from: shiftDays(DAY, -200), to: shiftDays(DAY, 60) },
  ];

  it('shows every post the whole plan has in the period, the archive coming in later included', () => {
    const model = new PlanModel();
    const published = plan.items.filter((item) => item.status === 'published');
    const recent = plan.items.filter((item) => item.status !== 'published');
    model.reset({ ...plan, items: recent });
    model.commit({ items: new Map(published.map((item) => [item.id, item])), settings: null });
    for (const period of periods) {
      const expected = keysOf(boardPosts(plan.items, period, plan.settings));
      expect(expected.length, `${period.from}–${period.to}`).toBeGreaterThan(0);
      expect(byDay(model, period)).toEqual(expected);
    }
  });

  it('follows a channel given its own day into the period, and out of it', () => {
    const model = new PlanModel();
    model.reset(plan);
    const period = periods[0]!;
    const item = plan.items.find((candidate) => candidate.date !== null && candidate.date > '2027-01-15' && candidate.variants.length > 1)!;
    const channel = item.variants[0]!.channel;
    model.commit(changeOf(model.held.reader(), { type: 'variant.reschedule', id: item.id, channel, date: '2026-12-10' }, `${DAY}T10:00`));
    const moved = byDay(model, period);
    expect(moved).toContain(`${item.id}|2026-12-10:${channel}`);
    expect(moved).toEqual(keysOf(boardPosts([...model.held.table.values()], period, model.held.settings)));
    model.commit(changeOf(model.held.reader(), { type: 'variant.reschedule', id: item.id, channel, date: '2027-03-01' }, `${DAY}T10:00`));
    expect(byDay(model, period).some((key) => key.startsWith(`${item.id}|`))).toBe(false);
  });
});
