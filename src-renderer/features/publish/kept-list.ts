// Publicera's list, kept for the plan's items, settings, minute and week: the view is made anew
// at each switch to it, and making the list walks every post (4,209 late posts to sort in the
// bench's uniform plan of 10,000), though nothing changed since the last switch.
import type { ContentItem, Settings } from '../../../src-shared/plan/model';
import { publishList, type PublishList } from '../../../src-shared/publishing/publish-list';

// Keyed by the items array: the plan makes a new one at every change (HeldPlan.items) and none is
// changed in place, so the same array holds the same posts.
const kept = new WeakMap<readonly ContentItem[], { settings: Settings; now: string; weeksAhead: number; list: PublishList }>();

/** `publishList`, the same object while the items, settings, minute and week stay the same. */
export function keptPublishList(items: readonly ContentItem[], settings: Settings, now: string, weeksAhead: number): PublishList {
  const known = kept.get(items);
  if (known?.settings === settings && known.now === now && known.weeksAhead === weeksAhead) return known.list;
  const list = publishList(items, settings, now, weeksAhead);
  kept.set(items, { settings, now, weeksAhead, list });
  return list;
}
