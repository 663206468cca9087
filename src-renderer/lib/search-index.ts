// The search's index (issue #20): every word of every post (split at white space, lower-cased
// the Swedish way) with the posts it is in, kept from each change. A search for text without
// spaces finds the words that contain it and takes their posts: exactly the posts whose text
// contains it, since such text never spans two words. Text with spaces is looked for in the
// posts that have all its words, and checked there. A search keystroke costs the words of the
// plan, not its bytes; the text itself is held once, in the posts.
import type { Committed } from '../../src-shared/plan/held-plan';
import type { ContentItem } from '../../src-shared/plan/model';
import { searchFields } from '../../src-shared/plan/filters';

const SPACE = /\s+/;

function lower(text: string): string {
  return text.toLocaleLowerCase('sv');
}

/** The post's distinct words, lower-cased. */
function wordsOf(item: ContentItem): Set<string> {
  const words = new Set<string>();
  for (const field of searchFields(item)) for (const word of lower(field).split(SPACE)) if (word !== '') words.add(word);
  return words;
}

/** Whether the post's text holds `needle` (lower-cased), field by field: the check the index stands for. */
export function textHolds(item: ContentItem, needle: string): boolean {
  return searchFields(item).some((field) => lower(field).includes(needle));
}

export class SearchIndex {
  private readonly slots = new Map<string, number>();
  private readonly ids: Array<string | undefined> = [];
  private readonly free: number[] = [];
  /** Each word's posts, as slots in ascending order. */
  private readonly posts = new Map<string, number[]>();

  reset(items: Iterable<ContentItem>): void {
    this.slots.clear();
    this.ids.length = 0;
    this.free.length = 0;
    this.posts.clear();
    for (const item of items) for (const word of wordsOf(item)) this.postingsOf(word).push(this.slotOf(item.id));
  }

  commit({ before, after }: Committed): void {
    for (const [id, next] of after) {
      const previous = before.get(id);
      const [was, is] = [previous ? wordsOf(previous) : new Set<string>(), next ? wordsOf(next) : new Set<string>()];
      const slot = this.slotOf(id);
      for (const word of was) if (!is.has(word)) this.unlist(word, slot);
      for (const word of is) if (!was.has(word)) insertSorted(this.postingsOf(word), slot);
      if (!next) this.release(id, slot);
    }
  }

  /**
   * The ids whose text holds `needle` (lower-cased and trimmed, not empty), as a test. Made once
   * per search text and version; the test itself is a look-up.
   */
  matching(needle: string, get: (id: string) => ContentItem | undefined): (id: string) => boolean {
    const parts = needle.split(SPACE);
    const found = new Uint8Array(this.ids.length);
    if (parts.length === 1) {
      for (const [word, slots] of this.posts) if (word.includes(needle)) for (const slot of slots) found[slot] = 1;
      return (id) => found[this.slots.get(id) ?? -1] === 1;
    }
    // Every part but the first and last is a whole word; the first ends one, the last starts one.
    const last = parts.length - 1;
    let candidates: Set<number> | null = null;
    parts.forEach((part, i) => {
      const fits = (word: string) => (i === 0 ? word.endsWith(part) : i === last ? word.startsWith(part) : word === part);
      const slots = new Set<number>();
      for (const [word, list] of this.posts) if (fits(word)) for (const slot of list) if (!candidates || candidates.has(slot)) slots.add(slot);
      candidates = slots;
    });
    for (const slot of candidates ?? []) {
      const item = get(this.ids[slot] ?? '');
      if (item && textHolds(item, needle)) found[slot] = 1;
    }
    return (id) => found[this.slots.get(id) ?? -1] === 1;
  }

  private postingsOf(word: string): number[] {
    let list = this.posts.get(word);
    if (!list) {
      list = [];
      this.posts.set(word, list);
    }
    return list;
  }

  private slotOf(id: string): number {
    let slot = this.slots.get(id);
    if (slot === undefined) {
      slot = this.free.pop() ?? this.ids.length;
      this.slots.set(id, slot);
      this.ids[slot] = id;
    }
    return slot;
  }

  private release(id: string, slot: number): void {
    this.slots.delete(id);
    this.ids[slot] = undefined;
    this.free.push(slot);
  }

  private unlist(word: string, slot: number): void {
    const list = this.posts.get(word);
    if (!list) return;
    const at = firstAtOrAfter(list, slot);
    if (list[at] === slot) list.splice(at, 1);
    if (list.length === 0) this.posts.delete(word);
  }
}

function firstAtOrAfter(sorted: readonly number[], value: number): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function insertSorted(sorted: number[], value: number): void {
  const at = firstAtOrAfter(sorted, value);
  if (sorted[at] !== value) sorted.splice(at, 0, value);
}
