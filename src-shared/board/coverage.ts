// Audience coverage (issue #8, policy "Målgrupper": be where each audience is): which audiences a
// period reaches on which channels, and the audiences it misses or reaches only off-policy.
import type { BoardPost } from './posts';
import type { Audience, ChannelId, Settings } from '../plan/model';

/**
 * Where the policy suggests each audience is reached, by audience id → channel ids. The website
 * is the hub for every audience ("för såväl primära som sekundära målgrupper"). The default
 * until the user edits them under Inställningar → Kanaler per målgrupp.
 */
export const DEFAULT_SUGGESTED_CHANNELS: Readonly<Record<string, readonly string[]>> = {
  'decision-makers': ['x', 'linkedin', 'website'],
  construction: ['linkedin', 'website'],
  universities: ['x', 'linkedin', 'website'],
  authorities: ['x', 'linkedin', 'website'],
  students: ['instagram', 'facebook', 'website'],
  'student-unions': ['instagram', 'facebook', 'website'],
  public: ['facebook', 'website'],
};

export type SuggestedChannels = Readonly<Record<string, readonly string[]>>;

/** The suggestions in force: the ones kept in Settings, or the policy's defaults if none are. */
export function suggestedChannelsOf(settings: Settings): SuggestedChannels {
  if (!settings.suggestedChannels) return DEFAULT_SUGGESTED_CHANNELS;
  // fromEntries defines own properties, so even an id like "__proto__" stays a plain key.
  return Object.fromEntries(settings.suggestedChannels.map((entry) => [entry.audience, entry.channels]));
}

/** `suggested` with one audience's channels replaced, as Settings stores it (a list). */
export function withSuggestion(
  settings: Settings,
  audience: string,
  channels: readonly string[],
): NonNullable<Settings['suggestedChannels']> {
  const current = suggestedChannelsOf(settings);
  const ids = new Set([...Object.keys(current), audience]);
  const known = new Set(settings.channels.map((channel) => channel.id));
  return [...ids].map((id) => ({
    audience: id,
    channels: (id === audience ? channels : (current[id] ?? [])).filter((channel) => known.has(channel)),
  }));
}

/** `unreached`: no post in the period; `off-policy`: reached, but on no suggested channel. */
export type CoverageFlag = 'unreached' | 'off-policy';

export interface CoverageRow {
  audience: Audience;
  /** Posts per channel id that name this audience. */
  counts: Record<string, number>;
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
  const counts = new Map<string, Record<string, number>>();
  for (const post of posts) {
    for (const audienceId of new Set(post.item.audiences)) {
      const row = counts.get(audienceId) ?? {};
      for (const variant of post.variants) row[variant.channel] = (row[variant.channel] ?? 0) + 1;
      counts.set(audienceId, row);
    }
  }
  const used = new Set([...counts.values()].flatMap((row) => Object.keys(row)));
  const channels = settings.channels.filter((channel) => channel.enabled || used.has(channel.id)).map((channel) => channel.id);
  const rows = settings.audiences
    .filter((audience) => !audience.archived || counts.has(audience.id))
    .map((audience) => coverageRow(audience, counts.get(audience.id) ?? {}, suggested[audience.id] ?? []));
  return { channels, rows };
}

function coverageRow(audience: Audience, counts: Record<string, number>, suggested: readonly string[]): CoverageRow {
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  return { audience, counts, total, suggested, flag: audience.archived ? null : flagOf(counts, total, suggested) };
}

function flagOf(counts: Record<string, number>, total: number, suggested: readonly string[]): CoverageFlag | null {
  if (total === 0) return 'unreached';
  if (suggested.length > 0 && !suggested.some((channel) => (counts[channel] ?? 0) > 0)) return 'off-policy';
  return null;
}
