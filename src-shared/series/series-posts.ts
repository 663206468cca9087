// A series' posts: which series a post is in, which posts it makes ahead, and what its new posts
// are made of after "Det här och följande".
import { shiftDays } from '../calendar/dates';
import { knownIds } from '../plan/item-rules';
import { ranksAtTop } from '../plan/lookup';
import type { ContentItem, Plan, PostContent, Series, Settings } from '../plan/model';
import { postFromContent } from '../templates/content';
import { occurrences } from './rule';
import type { FollowedChange } from './followed-change';

/** How far ahead a series' posts are made: eight weeks, so a month's plan is always in view. */
export const HORIZON_DAYS = 56;

/** The series a post was made for, and the day it was made for; null for a post of no series. */
export function seriesOf(settings: Settings, id: string): { series: Series; day: string } | null {
  for (const series of settings.series) {
    const entry = series.made.find((made) => made.id === id);
    if (entry) return { series, day: entry.day };
  }
  return null;
}

/**
 * The series' posts made for days after `day` that still exist and are not out, looked up by id:
 * the series knows its posts, so nothing walks the plan (a keystroke with "Det här och följande"
 * chosen comes here).
 */
export function laterPosts(get: (id: string) => ContentItem | undefined, series: Series, day: string): ContentItem[] {
  return series.made.flatMap((entry) => {
    const post = entry.day > day ? get(entry.id) : undefined;
    return post === undefined || isOut(post) ? [] : [post];
  });
}

/** Published, or with any channel marked out: part of the past that a series change leaves alone. */
export function isOut(item: ContentItem): boolean {
  return item.status === 'published' || item.variants.some((variant) => variant.publishedAt !== null);
}

/**
 * Makes the series' posts for the days from `today` to the horizon it has not made yet. A day in
 * the past is never made (a plan opened after a month away gets no posts it has missed), nor one
 * made before (a post deleted stays deleted). Returns the plan itself when there is nothing to make.
 */
export function makeAhead(plan: Plan, seriesId: string, today: string, now: string): Plan {
  const series = plan.settings.series.find((candidate) => candidate.id === seriesId);
  if (!series) return plan;
  const horizon = shiftDays(today, HORIZON_DAYS);
  const made = new Set(series.made.map((entry) => entry.day));
  const due = occurrences(series.rule).filter(({ day }) => day >= today && day <= horizon && !made.has(day));
  if (due.length === 0) return plan;
  const taken = new Set(plan.items.map((item) => item.id));
  const known = knownIds(plan.settings);
  const ranks = ranksAtTop(plan, series.status, due.length);
  const posts = due.flatMap(({ day, time }, i) => {
    const id = postId(series.id, day);
    if (taken.has(id)) return [];
    const post = { id, status: series.status, date: day, time, rank: ranks[i] as number, now };
    return [postFromContent(series.content, post, known)];
  });
  const grown = { ...series, made: [...series.made, ...due.map(({ day }) => ({ day, id: postId(series.id, day) }))] };
  return {
    settings: { ...plan.settings, series: plan.settings.series.map((other) => (other === series ? grown : other)) },
    items: [...plan.items, ...posts],
    schemaVersion: plan.schemaVersion,
  };
}

/** A series' post is named by its series and day, so main and the window make the same one. */
export function postId(seriesId: string, day: string): string {
  return `${seriesId}-${day.replaceAll('-', '')}`;
}

/** What the series' new posts are made of, after a change that goes to the posts that follow. */
export function followContent(content: PostContent, change: FollowedChange): PostContent {
  switch (change.type) {
    case 'item.update':
      return { ...content, ...change.patch };
    case 'item.schedule':
      return content;
    case 'variant.add':
      if (content.variants.some((variant) => variant.channel === change.channel)) return content;
      return {
        ...content,
        variants: [
          ...content.variants,
          { channel: change.channel, text: '', lead: '', hashtags: [], link: '', mediaNote: '', altText: '' },
        ],
      };
    case 'variant.remove':
      return { ...content, variants: content.variants.filter((variant) => variant.channel !== change.channel) };
    case 'variant.update': {
      const { text, lead, hashtags, link, mediaNote, altText } = change.patch;
      const patch = Object.fromEntries(
        Object.entries({ text, lead, hashtags, link, mediaNote, altText }).filter(([, v]) => v !== undefined),
      );
      return {
        ...content,
        variants: content.variants.map((variant) => (variant.channel === change.channel ? { ...variant, ...patch } : variant)),
      };
    }
  }
}
