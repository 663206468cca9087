// The filter's tags and owners, kept while an edit leaves every post's tags and owner as they
// were: a keystroke in a title made the filter bar gather and sort the values of 10,000 posts
// again (issue #11). Commands never change a post in place, so a side-by-side walk finds what did.
import { facetValues } from '../../src-shared/plan/filters';
import type { ContentItem } from '../../src-shared/plan/model';

type Facets = ReturnType<typeof facetValues>;

let last: { items: readonly ContentItem[]; facets: Facets } | null = null;

export function planFacets(items: readonly ContentItem[]): Facets {
  if (last && (last.items === items || sameFacetsInPlace(last.items, items))) {
    last = { items, facets: last.facets };
    return last.facets;
  }
  last = { items, facets: facetValues(items) };
  return last.facets;
}

function sameFacetsInPlace(before: readonly ContentItem[], after: readonly ContentItem[]): boolean {
  if (before.length !== after.length) return false;
  for (let i = 0; i < after.length; i += 1) {
    const item = after[i] as ContentItem;
    const old = before[i] as ContentItem;
    if (item === old) continue;
    if (item.id !== old.id || item.owner !== old.owner || !sameTags(item.tags, old.tags)) return false;
  }
  return true;
}

function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a.every((tag, i) => tag === b[i]));
}
