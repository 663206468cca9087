// The filter's choices, counted per value and kept from each change (issue #20): the tags and
// owners in use, and the channels and audiences posts use (a channel turned off, or an audience
// archived, is offered while a post still has it). A keystroke in a title moves no count, and
// the sorted lists are the same arrays until a value comes or goes. Keyed by user-typed strings,
// so the counts are Maps.
import type { Committed } from '../../src-shared/plan/held-plan';
import type { ContentItem } from '../../src-shared/plan/model';

type Facet = 'tags' | 'owners' | 'channels' | 'audiences';
const FACETS: readonly Facet[] = ['tags', 'owners', 'channels', 'audiences'];

function valuesOf(item: ContentItem, facet: Facet): readonly string[] {
  switch (facet) {
    case 'tags':
      return item.tags;
    case 'owners':
      return item.owner === '' ? [] : [item.owner];
    case 'channels':
      return item.variants.map((variant) => variant.channel);
    case 'audiences':
      return item.audiences;
  }
}

const bySwedish = (a: string, b: string) => a.localeCompare(b, 'sv');

export class FacetCounts {
  private readonly counts = new Map<Facet, Map<string, number>>(FACETS.map((facet) => [facet, new Map()]));
  private readonly sorted = new Map<Facet, string[]>();

  reset(items: Iterable<ContentItem>): void {
    for (const counts of this.counts.values()) counts.clear();
    this.sorted.clear();
    for (const item of items) this.count(item, 1);
  }

  commit({ before, after }: Committed): void {
    // Summed per value first: a post that keeps its tag uncounts and counts it again, and the
    // value must not look gone in between (the sorted list would be made again for nothing).
    const deltas = new Map<Facet, Map<string, number>>(FACETS.map((facet) => [facet, new Map()]));
    const add = (item: ContentItem, by: number) => {
      for (const facet of FACETS) {
        const sums = deltas.get(facet) as Map<string, number>;
        for (const value of valuesOf(item, facet)) sums.set(value, (sums.get(value) ?? 0) + by);
      }
    };
    for (const [id, next] of after) {
      const previous = before.get(id);
      if (previous) add(previous, -1);
      if (next) add(next, 1);
    }
    for (const [facet, sums] of deltas) for (const [value, by] of sums) if (by !== 0) this.move(facet, value, by);
  }

  /** The values in use, sorted the Swedish way; the same array until a value comes or goes. */
  list(facet: Facet): readonly string[] {
    let list = this.sorted.get(facet);
    if (!list) {
      list = [...this.of(facet).keys()].sort(bySwedish);
      this.sorted.set(facet, list);
    }
    return list;
  }

  has(facet: Facet, value: string): boolean {
    return this.of(facet).has(value);
  }

  private of(facet: Facet): Map<string, number> {
    return this.counts.get(facet) as Map<string, number>;
  }

  private count(item: ContentItem, by: 1 | -1): void {
    // A value twice on one post (two equal tags) is counted twice and uncounted twice alike.
    for (const facet of FACETS) for (const value of valuesOf(item, facet)) this.move(facet, value, by);
  }

  /** Adds `by` to a value's count; the sorted list is made again only when a value comes or goes. */
  private move(facet: Facet, value: string, by: number): void {
    const counts = this.of(facet);
    const count = (counts.get(value) ?? 0) + by;
    if (count > 0 && counts.has(value)) counts.set(value, count);
    else if (count > 0) {
      counts.set(value, count);
      this.sorted.delete(facet);
    } else {
      counts.delete(value);
      this.sorted.delete(facet);
    }
  }
}
