// "Importera inlägg från CSV…" commits as one command (issue 19, item 5): the posts the preview
// showed, made here from their fields, so main checks them with the plan's own rules and the
// whole import is one undoable step.
import { z } from 'zod';
import { DomainError, message } from '../ipc/errors';
import { itemProblem, knownIds } from '../plan/item-rules';
import { ranksAtTop } from '../plan/lookup';
import { ChannelId, ClockTime, ContentItem, IsoDay, ItemId, MAX_CHANNELS, StatusId, type Plan, type StatusId as Status } from '../plan/model';
import { emptyVariant } from '../plan/variants';

/** The most posts one import makes, as many as an undo step may put back. */
export const MAX_IMPORTED_POSTS = 10_000;

export const ImportedPost = z.strictObject({
  id: ItemId,
  title: ContentItem.shape.title,
  date: IsoDay.nullable(),
  time: ClockTime.nullable(),
  status: StatusId,
  audiences: ContentItem.shape.audiences,
  variants: z
    .array(
      z.strictObject({
        channel: ChannelId,
        text: z.string().max(100_000),
        link: z.string().max(2_000),
        /** The website's slug, when its link names another page than the title gives. */
        slug: z.string().max(200),
        /** A channel's own day and time, when its row said another time than the post's first row. */
        date: IsoDay.nullable(),
        time: ClockTime.nullable(),
      }),
    )
    .max(MAX_CHANNELS),
});
export type ImportedPost = z.infer<typeof ImportedPost>;

export const ImportCommand = z.strictObject({
  type: z.literal('items.import'),
  posts: z.array(ImportedPost).min(1).max(MAX_IMPORTED_POSTS),
});

export function importPosts(plan: Plan, posts: readonly ImportedPost[], now: string): Plan {
  const taken = new Set(plan.items.map((item) => item.id));
  const known = knownIds(plan.settings);
  const ranks = new Map<Status, number[]>();
  const items = posts.map((post) => {
    if (taken.has(post.id)) throw new DomainError('item-exists', message('errors.itemExists', { id: post.id }));
    taken.add(post.id);
    const item = itemOf(post, nextRank(plan, ranks, post.status, posts), now);
    const problem = itemProblem(item, known);
    if (problem) throw new DomainError('invalid-input', message('errors.itemRefused', { problem }));
    return item;
  });
  return { ...plan, items: [...plan.items, ...items] };
}

/** Each column's new posts go to its top in the file's order. */
function nextRank(plan: Plan, ranks: Map<Status, number[]>, status: Status, posts: readonly ImportedPost[]): number {
  let column = ranks.get(status);
  if (!column) {
    column = ranksAtTop(plan, status, posts.filter((post) => post.status === status).length);
    ranks.set(status, column);
  }
  return column.shift() ?? 0;
}

function itemOf(post: ImportedPost, rank: number, now: string): ContentItem {
  const publishedAt = post.status === 'published' ? now : null;
  return {
    id: post.id,
    title: post.title,
    notes: '',
    status: post.status,
    date: post.date,
    time: post.date === null ? null : post.time,
    audiences: post.audiences,
    tags: [],
    owner: '',
    principles: { openness: false, clarity: false, credibility: false },
    rank,
    variants: post.variants.map(({ channel, ...fields }) => ({ ...emptyVariant(channel), ...fields, publishedAt })),
    createdAt: now,
    updatedAt: now,
  };
}
