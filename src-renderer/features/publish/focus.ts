// Where keyboard focus goes when a post leaves the spot it was marked from: never lost to the
// page (the control that had it is gone), but to the next thing to work on.

const HEADING_ID = 'publish-heading';

/** The id of a post's title in the list, the one thing of a post that focus goes to. */
export function postTitleId(itemId: string, channel: string): string {
  return `publish-${itemId}-${channel}-title`;
}

/**
 * Chosen before the post leaves the list: the next post's title, else the previous one's,
 * else the view's heading. Returns the function that moves focus there afterwards.
 */
export function focusAfterLeaving(article: HTMLElement | null): () => void {
  const posts = [...document.querySelectorAll<HTMLElement>('.publish-post')];
  const index = article ? posts.indexOf(article) : -1;
  const neighbour = index < 0 ? undefined : (posts[index + 1] ?? posts[index - 1]);
  const target = neighbour?.querySelector<HTMLElement>('.publish-open') ?? null;
  return () => focusOrHeading(target);
}

/** A post back in the list after its mark was taken back: its title, where the work is. */
export function focusPost(titleId: string): void {
  focusOrHeading(document.getElementById(titleId));
}

function focusOrHeading(target: HTMLElement | null): void {
  (target?.isConnected ? target : document.getElementById(HEADING_ID))?.focus();
}
