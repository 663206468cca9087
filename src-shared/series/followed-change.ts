// A change to one post that "Det här och följande" carries to the posts after it: what the post
// says and where it goes, and its time of day. Never its date (a post moved is one post moved),
// nor what is each post's own: its principles ticked, its slug, its publish marks.
import { z } from 'zod';
import {
  ItemPatch,
  ItemSchedule,
  ItemUpdate,
  VariantAdd,
  VariantPatch,
  VariantRemove,
  VariantUpdate,
} from '../plan/command-parts';

export const FollowedChange = z.discriminatedUnion('type', [
  ItemUpdate.extend({ patch: ItemPatch.omit({ principles: true }) }),
  ItemSchedule,
  VariantAdd,
  VariantUpdate.extend({
    patch: VariantPatch.pick({ text: true, lead: true, hashtags: true, link: true, mediaNote: true, altText: true }),
  }),
  VariantRemove,
]);
export type FollowedChange = z.infer<typeof FollowedChange>;

/** Whether "Det här och följande" can carry this command; the others change one post whatever is chosen. */
export function asFollowedChange(command: { type: string }): FollowedChange | null {
  const parsed = FollowedChange.safeParse(command);
  return parsed.success ? parsed.data : null;
}
