// A view that lists hundreds of posts is drawn in two renders: what fits the first screen in the
// frame after the click, the rest in a background render after it (React's deferred value), so
// switching to it costs what the screen shows rather than what the list holds.
import { useDeferredValue } from 'react';

/**
 * About how many posts the first screen of a list view holds at its tallest (1920 × 1200, rows
 * folded small); more are drawn in the render after.
 */
export const FIRST_SCREEN_POSTS = 8;

/** False in a view's first render, true from the background render that follows it. */
export function useWholeListDrawn(): boolean {
  return useDeferredValue(true, false);
}

/** Takes what is left of a render's first-screen allowance from each list in turn. */
export class FirstScreen {
  private left: number;

  constructor(whole: boolean, allowance = FIRST_SCREEN_POSTS) {
    this.left = whole ? Number.POSITIVE_INFINITY : allowance;
  }

  /** The head of the list that still fits; the whole list once everything is drawn. */
  take<T>(list: readonly T[]): readonly T[] {
    if (this.left >= list.length) {
      this.left -= list.length;
      return list;
    }
    const head = list.slice(0, this.left);
    this.left = 0;
    return head;
  }

  /** Whether anything more fits (a list after it would be drawn empty). */
  get full(): boolean {
    return this.left === 0;
  }
}
