// The bench's plan of the 1,000 posts nearest today (issue #20): it must show what the whole plan
// shows around today, or its ratio to 10,000 posts would compare different screens again.
import { describe, expect, it } from 'vitest';
import { generatePlan, nearestPosts } from '../../bench/plan-generator';

const DAY = '2026-12-03';
const whole = generatePlan(3000, { spread: 'uniform', day: DAY, seed: 7 });
const near = nearestPosts(whole, 300, DAY);
const daysFromToday = (date: string) => Math.abs(Date.parse(`${date}T00:00:00Z`) - Date.parse(`${DAY}T00:00:00Z`)) / 86_400_000;

describe('nearestPosts', () => {
  it('keeps as many posts as asked, undated ideas in the same share as the whole plan', () => {
    expect(near.items).toHaveLength(300);
    const undated = (items: typeof whole.items) => items.filter((item) => item.date === null).length;
    expect(undated(near.items)).toBe(Math.round((undated(whole.items) * 300) / 3000));
    expect(near.settings).toBe(whole.settings);
  });

  it('keeps every dated post nearer today than any it leaves out', () => {
    const kept = new Set(near.items.map((item) => item.id));
    const dated = whole.items.filter((item) => item.date !== null);
    const farthestKept = Math.max(...dated.filter((item) => kept.has(item.id)).map((item) => daysFromToday(item.date as string)));
    const nearestLeft = Math.min(...dated.filter((item) => !kept.has(item.id)).map((item) => daysFromToday(item.date as string)));
    expect(farthestKept).toBeLessThanOrEqual(nearestLeft);
    // The weeks the bench visits (today and six ahead) are whole: each of their posts is kept.
    const weeksAhead = dated.filter((item) => daysFromToday(item.date as string) <= 49 && (item.date as string) >= DAY);
    expect(weeksAhead.length).toBeGreaterThan(0);
    for (const item of weeksAhead) expect(kept.has(item.id)).toBe(true);
  });

  it('keeps the posts in the plan’s order, each one as it was', () => {
    const order = whole.items.map((item) => item.id);
    const indexes = near.items.map((item) => order.indexOf(item.id));
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
    for (const item of near.items) expect(whole.items).toContain(item);
  });
});
