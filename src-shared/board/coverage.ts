// Audience coverage (issue #8, policy "Målgrupper": be where each audience is): which audiences a
// period reaches on which channels, and the audiences it misses or reaches only off-policy.
import type { BoardPost } from './posts';
import type { Audience, ChannelId, Settings } from '../plan/model';

/**
 * Where the policy suggests each audience is reached, by audience id → channel ids. The website
 * is the hub for every audience ("för såväl primära som sekundära målgrupper"). The default
 * until the user edits them under Inställningar → Kanaler per målgrupp.
 */
export const DEFAULT_SUGGESTED_CHANNELS: SuggestedChannels = new Map([
  ['decision-makers', ['x', 'linkedin', 'website']],
  ['construction', ['linkedin', 'website']],
  ['universities', ['x', 'linkedin', 'website']],
  ['authorities', ['x', 'linkedin', 'website']],
  ['students', ['instagram', 'facebook', 'website']],
  ['student-unions', ['instagram', 'facebook', 'website']],
  ['public', ['facebook', 'website']],
]);

/**
 * By audience id, which the user names: a Map, since in a plain object an audience with the id
 * "constructor" found Object.prototype's function and blanked the board (issue 16, item 6).
 */
export type SuggestedChannels = ReadonlyMap<string, readonly string[]>;

/** The suggestions in force: the ones kept in Settings, or the policy's defaults if none are. */
export function suggestedChannelsOf(settings: Settings): SuggestedChannels {
  if (!settings.suggestedChannels) return DEFAULT_SUGGESTED_CHANNELS;
  return new Map(settings.suggestedChannels.map((entry) => [entry.audience, entry.channels]));
}

/** `suggested` with one audience's channels replaced, as Settings stores it (a list). */
export function withSuggestion(
  settings: Settings,
  audience: string,
  channels: readonly string[],
): NonNullable<Settings['suggestedChannels']> {
  const current = suggestedChannelsOf(settings);
  const ids = new Set([...current.keys(), audience]);
  const known = new Set(settings.channels.map((channel) => channel.id));
  return [...ids].map((id) => ({
    audience: id,
    channels: (id === audience ? channels : (current.get(id) ?? [])).filter((channel) => known.has(channel)),
  }));
}

/** `unreached`: no post in the period; `off-policy`: reached, but on no suggested channel. */
export type CoverageFlag = 'unreached' | 'off-policy';

export interface CoverageRow {
  audience: Audience;
  /** Posts per channel id that name this audience. */
  counts: ReadonlyMap<string, number>;
  total: number;
  suggested: readonly string[];
  flag: CoverageFlag | null;
}

export interface Coverage {
  channels: ChannelId[];
  rows: CoverageRow[];
}

/**
 * The audiences × channels matrix of the posts. Active audiences always have a row; an archived
 * one only when a post still names it, and it is never flagged (nobody plans for it any more).
 * An audience with no suggestion on record is never flagged off-policy: there is nothing to be off.
 */
export function audienceCoverage(
  posts: readonly BoardPost[],
  settings: Settings,
  suggested: SuggestedChannels = suggestedChannelsOf(settings),
): Coverage {
  const counts = new Map<string, Map<string, number>>();
  for (const post of posts) {
    for (const audienceId of new Set(post.item.audiences)) {
      const row = counts.get(audienceId) ?? new Map<string, number>();
      for (const variant of post.variants) row.set(variant.channel, (row.get(variant.channel) ?? 0) + 1);
      counts.set(audienceId, row);
    }
  }
  const used = new Set([...counts.values()].flatMap((row) => [...row.keys()]));
  const channels = settings.channels.filter((channel) => channel.enabled || used.has(channel.id)).map((channel) => channel.id);
  const rows = settings.audiences
    .filter((audience) => !audience.archived || counts.has(audience.id))
    .map((audience) => coverageRow(audience, counts.get(audience.id) ?? new Map(), suggested.get(audience.id) ?? []));
  return { channels, rows };
}

function coverageRow(audience: Audience, counts: ReadonlyMap<string, number>, suggested: readonly string[]): CoverageRow {
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  return { audience, counts, total, suggested, flag: audience.archived ? null : flagOf(counts, total, suggested) };
}

function flagOf(counts: ReadonlyMap<string, number>, total: number, suggested: readonly string[]): CoverageFlag | null {
  if (total === 0) return 'unreached';
  if (suggested.length > 0 && !suggested.some((channel) => (counts.get(channel) ?? 0) > 0)) return 'off-policy';
  return null;
}
