// "Duplicera" (issue 19, item 1): a copy of a post as a new idea, with its channels, texts,
// audiences and tags, and none of what belongs to the original's place in time: no date, no
// publish marks, no own times, and a website slug of its own (empty: it follows the copy's title).
import { z } from 'zod';
import { DomainError, message } from '../ipc/errors';
import { findItem, ranksAtTop } from './lookup';
import { ContentItem, ItemId, type Plan } from './model';

export const DuplicateCommand = z.strictObject({
  type: z.literal('item.duplicate'),
  id: ItemId,
  newId: ItemId,
  /** The copy's title, worded by the window in the user's language ("… (kopia)"). */
  title: ContentItem.shape.title,
});

export function duplicateItem(plan: Plan, command: z.infer<typeof DuplicateCommand>, now: string): Plan {
  const original = findItem(plan, command.id);
  if (plan.items.some((item) => item.id === command.newId)) {
    throw new DomainError('item-exists', message('errors.itemExists', { id: command.newId }));
  }
  const [rank = 0] = ranksAtTop(plan, 'idea', 1);
  const copy: ContentItem = {
    // Every field the post has, images too once posts carry them, then what the copy starts afresh.
    // Shared lists are safe: no command changes a list in place.
    ...original,
    id: command.newId,
    title: command.title,
    status: 'idea',
    date: null,
    time: null,
    principles: { openness: false, clarity: false, credibility: false },
    rank,
    variants: original.variants.map((variant) => ({
      ...variant,
      slug: '',
      date: null,
      time: null,
      publishedAt: null,
      publishedUrl: '',
    })),
    createdAt: now,
    updatedAt: now,
  };
  return { ...plan, items: [...plan.items, copy] };
}
