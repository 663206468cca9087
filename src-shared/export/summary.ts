// How much a package holds, in the words the dialog and LÄS-MIG share.
import { translate } from '../i18n/messages';
import type { Language } from '../plan/model';
import type { ExportPost } from './select';

/**
 * "8 texter i 4 inlägg": a text is one post on one channel (a file), an inlägg the item behind
 * them, as the kanban counts it. Each count takes its own plural form.
 */
export function textsInPosts(posts: ReadonlyArray<Pick<ExportPost, 'item'>>, language: Language): string {
  const items = new Set(posts.map((post) => post.item.id)).size;
  return translate(language, 'exportPackage.textsInPosts', {
    texts: translate(language, 'exportPackage.texts', { count: posts.length }),
    posts: translate(language, 'exportPackage.posts', { count: items }),
  });
}
