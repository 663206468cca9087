// A post started with "Nytt inlägg" and left without a word is not a post: closing the editor
// discards it, so the backlog gets no empty strip with an empty name.
import type { ContentItem } from './model';

/** Nothing written: no title, no notes, no text or lead in any channel. */
export function isEmptyPost(item: ContentItem): boolean {
  const blank = (text: string) => text.trim() === '';
  return (
    blank(item.title) &&
    blank(item.notes) &&
    item.variants.every((variant) => blank(variant.text) && blank(variant.lead))
  );
}
