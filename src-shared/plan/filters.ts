// One filter for kanban and calendar alike; kept while switching views.
import type { ChannelId, ContentItem, StatusId } from './model';

export interface PlanFilter {
  channels: ChannelId[];
  audiences: string[];
  tags: string[];
  owners: string[];
  statuses: StatusId[];
  text: string;
}

export const EMPTY_FILTER: PlanFilter = { channels: [], audiences: [], tags: [], owners: [], statuses: [], text: '' };

export function isFiltering(filter: PlanFilter): boolean {
  return (
    filter.text.trim() !== '' ||
    [filter.channels, filter.audiences, filter.tags, filter.owners, filter.statuses].some((list) => list.length > 0)
  );
}

const anyOf = <T>(wanted: readonly T[], has: readonly T[]): boolean => wanted.length === 0 || wanted.some((w) => has.includes(w));

/** The texts a search looks in: the title, the notes, the tags, and every variant's text, lead and hashtags (with their "#"). */
export function searchFields(item: ContentItem): string[] {
  return [item.title, item.notes, ...item.tags, ...item.variants.flatMap((v) => [v.text, v.lead, ...v.hashtags.map((tag) => `#${tag}`)])];
}

/**
 * Whether the post has the channels, audiences, tags, owner and status the filter asks for (the
 * text aside). A search keystroke asks this of every post on the board: a facet not asked for
 * costs nothing, and none makes a list of the post's own.
 */
export function matchesFacets(item: ContentItem, filter: PlanFilter): boolean {
  return (
    (filter.channels.length === 0 || item.variants.some((variant) => filter.channels.includes(variant.channel))) &&
    anyOf(filter.audiences, item.audiences) &&
    anyOf(filter.tags, item.tags) &&
    (filter.owners.length === 0 || filter.owners.includes(item.owner)) &&
    (filter.statuses.length === 0 || filter.statuses.includes(item.status))
  );
}

/** The search text as matched: trimmed and lower-cased the Swedish way ('' searches nothing). */
export function needleOf(filter: PlanFilter): string {
  return filter.text.trim().toLocaleLowerCase('sv');
}

/**
 * Within a facet any chosen value matches; across facets all must. Text looks in the title, the
 * notes, the tags, and every variant's text, lead and hashtags (found with or without their "#").
 * The reference the renderer's search index is held equal to; it lower-cases the post each time.
 */
export function matchesFilter(item: ContentItem, filter: PlanFilter): boolean {
  if (!matchesFacets(item, filter)) return false;
  const needle = needleOf(filter);
  if (!needle) return true;
  return searchFields(item).join('\n').toLocaleLowerCase('sv').includes(needle);
}

/** The distinct tags and owners in use, for the filter's choices. */
export function facetValues(items: readonly ContentItem[]): { tags: string[]; owners: string[] } {
  const tags = new Set(items.flatMap((item) => item.tags));
  const owners = new Set(items.map((item) => item.owner).filter(Boolean));
  const sorted = (values: Set<string>) => [...values].sort((a, b) => a.localeCompare(b, 'sv'));
  return { tags: sorted(tags), owners: sorted(owners) };
}

/**
 * What a post made while filtering takes from the filter so that it stays in view: the first
 * chosen audience, tag, owner and channel (one of each is enough to match). Status and search
 * text cannot be given this way; `matchesFilter` on the new post tells whether it is still hidden.
 */
export function valuesFromFilter(
  filter: PlanFilter,
): { audiences: string[]; tags: string[]; owner?: string; channels: ChannelId[] } {
  const first = <T>(values: readonly T[]): T[] => values.slice(0, 1);
  const owner = filter.owners[0];
  return {
    audiences: first(filter.audiences),
    tags: first(filter.tags),
    ...(owner === undefined ? {} : { owner }),
    channels: first(filter.channels),
  };
}
