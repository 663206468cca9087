// "Duplicera" (issue 19, item 1): a copy of a post as a new idea, with its channels, texts,
// audiences and tags, and none of what belongs to the original's place in time: no date, no
// publish marks, no own times, and a website slug of its own (empty: it follows the copy's title).
import { z } from 'zod';
import { DomainError, message } from '../ipc/errors';
import { RANK_STEP } from '../kanban/ranking';
import type { PlanReader } from './draft';
import { topRank } from './lookup';
import { ContentItem, ItemId } from './model';

export const DuplicateCommand = z.strictObject({
  type: z.literal('item.duplicate'),
  id: ItemId,
  newId: ItemId,
  /** The copy's title, worded by the window in the user's language ("… (kopia)"). */
  title: ContentItem.shape.title,
});

/** The copy, at the top of Idé, read from the plan as a command reads it. */
export function duplicateOf(plan: PlanReader, command: z.infer<typeof DuplicateCommand>, now: string): ContentItem {
  const original = plan.get(command.id);
  if (!original) throw new DomainError('item-not-found', message('errors.itemNotFound', { id: command.id }));
  if (plan.get(command.newId)) throw new DomainError('item-exists', message('errors.itemExists', { id: command.newId }));
  const rank = topRank(plan.column('idea')) - RANK_STEP;
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
  return copy;
}
