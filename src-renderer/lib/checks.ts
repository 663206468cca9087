// The checks of an item, computed once per version of the item: cards, the editor and the
// header's count all ask, and a keystroke changes one item, not the plan.
import { checkItem, type Finding } from '../../src-shared/checks';
import type { ContentItem, Settings } from '../../src-shared/model';

const cache = new WeakMap<ContentItem, { settings: Settings; now: string; findings: Finding[] }>();

export function checksOf(item: ContentItem, settings: Settings, now: string): Finding[] {
  const cached = cache.get(item);
  if (cached && cached.settings === settings && cached.now === now) return cached.findings;
  const findings = checkItem(item, settings, now);
  cache.set(item, { settings, now, findings });
  return findings;
}
