// Commands never change an item in place and mostly keep the list's order: comparing the lists
// side by side finds what changed without building a map of 10,000 items per keystroke.
import type { ContentItem } from './model';

/** The items changed at the same place in a list of the same ids, or null if ids moved or came and went. */
export function changedInPlace(before: readonly ContentItem[], after: readonly ContentItem[]): ContentItem[] | null {
  if (before.length !== after.length) return null;
  const changed: ContentItem[] = [];
  for (let i = 0; i < after.length; i += 1) {
    const item = after[i] as ContentItem;
    const old = before[i] as ContentItem;
    if (item === old) continue;
    if (item.id !== old.id) return null;
    changed.push(item);
  }
  return changed;
}
