// What an item must agree with in the settings it lives with: a variant only on a channel the
// settings have, one variant per channel, and audiences the settings know. Checked wherever whole
// items come in (an import, and `items.put`: undo, redo, the example plan), so that any plan the
// app holds is a plan its own import reads back (issue 16, items 5 and 7).
import type { Message } from '../i18n/messages';
import { message } from '../ipc/errors';
import type { ContentItem, Settings } from './model';

/** The ids an item may name, from one settings object; made once for a whole list of items. */
export interface KnownIds {
  channels: ReadonlySet<string>;
  audiences: ReadonlySet<string>;
}

export function knownIds(settings: Settings): KnownIds {
  return {
    channels: new Set(settings.channels.map((channel) => channel.id)),
    audiences: new Set(settings.audiences.map((audience) => audience.id)),
  };
}

/**
 * The first thing about `item` that `known` refutes, or null. `before` gives the item as the plan
 * holds it now: an audience it already has may stay (a plan from before this rule keeps working),
 * but no change brings in one the settings lack. Asked only then, as finding it costs a search.
 */
export function itemProblem(item: ContentItem, known: KnownIds, before?: () => ContentItem | undefined): Message | null {
  const seen = new Set<string>();
  for (const { channel } of item.variants) {
    if (!known.channels.has(channel)) return message('planRules.unknownChannel', { channel });
    if (seen.has(channel)) return message('planRules.variantTwice', { channel });
    seen.add(channel);
  }
  const unknown = unknownAudiences(item.audiences, known);
  if (unknown.length === 0) return null;
  const kept = before?.()?.audiences ?? [];
  const brought = unknown.find((audience) => !kept.includes(audience));
  return brought === undefined ? null : message('planRules.unknownAudience', { audience: brought });
}

export function unknownAudiences(audiences: readonly string[], known: KnownIds): string[] {
  return audiences.filter((audience) => !known.audiences.has(audience));
}

/** The item without what the settings lack (channels, audiences): the example plan in a plan of other settings. */
export function fittedTo(item: ContentItem, known: KnownIds): ContentItem {
  return {
    ...item,
    audiences: item.audiences.filter((audience) => known.audiences.has(audience)),
    variants: item.variants.filter((variant) => known.channels.has(variant.channel)),
  };
}
