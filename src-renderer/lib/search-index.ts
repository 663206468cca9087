// The search's text per post (issue #20): each post version's searchable text, lower-cased the
// Swedish way, made the first time a search looks at it and kept while that version lives (a
// WeakMap, so a changed post's old text goes with it). A search keystroke then compares strings
// instead of lower-casing the plan again, and a change costs only the posts it touched.
//
// A word index (every word with the posts it is in) was tried first: building it took 2–7 s at
// 10,000 posts when the plan loaded or the archive came (all the text split and lower-cased at
// once), far more than the keystrokes it would have saved; the bench showed it.
import type { ContentItem } from '../../src-shared/plan/model';
import { searchFields } from '../../src-shared/plan/filters';

const texts = new WeakMap<ContentItem, string>();

/** The post's searchable text, lower-cased, as `matchesFilter` looks in it. */
function textOf(item: ContentItem): string {
  let text = texts.get(item);
  if (text === undefined) {
    text = searchFields(item).join('\n').toLocaleLowerCase('sv');
    texts.set(item, text);
  }
  return text;
}

/** Whether the post's text holds `needle` (lower-cased and trimmed): the check `matchesFilter` makes. */
export function textHolds(item: ContentItem, needle: string): boolean {
  return textOf(item).includes(needle);
}

export class SearchIndex {
  /**
   * The ids whose text holds `needle` (lower-cased and trimmed, not empty), as a test that reads
   * each post's kept text when asked.
   */
  matching(needle: string, get: (id: string) => ContentItem | undefined): (id: string) => boolean {
    return (id) => {
      const item = get(id);
      return item !== undefined && textHolds(item, needle);
    };
  }
}
