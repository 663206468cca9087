// The posts not yet published that have findings, for the findings panel: the posts with an error
// first, then warnings, then the rest; each by when it can still be acted on (today and ahead
// first, then the most recently late, then the undated); within a post, the order the checks give
// (most serious first), worded when the panel shows the post.
import type { ContentItem } from '../../../src-shared/plan/model';
import type { PlanModel } from '../../app/plan-model';
import { countsInPlan } from '../../lib/check-index';

export interface PostFindings {
  item: ContentItem;
  /** Its worst finding now: 0 error, 1 warning, 2 info. */
  worst: number;
}

/** The last order made per model, for its version and minute: the panel opened again reuses it. */
const kept = new WeakMap<PlanModel, { version: number; now: string; groups: PostFindings[] }>();

/**
 * The posts with findings in the panel's order, from the counts the checks keep: a post's
 * findings are worded only when the panel shows it (thousands of posts have some at 10,000).
 * The same array while the plan and the minute stay the same.
 */
export function planFindings(model: PlanModel, now: string): PostFindings[] {
  const known = kept.get(model);
  if (known?.version === model.version && known.now === now) return known.groups;
  const groups = orderedFindings(model, now);
  kept.set(model, { version: model.version, now, groups });
  return groups;
}

function orderedFindings(model: PlanModel, now: string): PostFindings[] {
  const today = now.slice(0, 10);
  const groups: Array<PostFindings & { when: When }> = [];
  for (const item of model.held.table.values()) {
    if (!countsInPlan(item)) continue;
    const worst = model.checks.worstOf(item, now);
    if (worst !== null) groups.push({ item, worst, when: whenOf(item.date, today) });
  }
  // A stable sort: posts of one day keep the order the table holds them in.
  return groups.sort((a, b) => a.worst - b.worst || byWhen(a.when, b.when)).map(({ item, worst }) => ({ item, worst }));
}

/** 0 today or ahead, 1 late, 2 undated; and the day. */
type When = [band: 0 | 1 | 2, day: string];

function whenOf(date: string | null, today: string): When {
  if (date === null) return [2, ''];
  return [date >= today ? 0 : 1, date];
}

/**
 * The next days first, then the late ones newest first: a plan kept for years has thousands of
 * late drafts, and the panel's first screen was the oldest of them, four years back.
 */
function byWhen([bandA, dayA]: When, [bandB, dayB]: When): number {
  if (bandA !== bandB) return bandA - bandB;
  const order = dayA < dayB ? -1 : dayA > dayB ? 1 : 0;
  return bandA === 1 ? -order : order;
}
