// What a long list draws in its first render: the allowance is taken from each list in turn.
import { describe, expect, it } from 'vitest';
import { FirstScreen, FIRST_SCREEN_POSTS } from '../../src-renderer/lib/first-screen';

const list = (length: number) => Array.from({ length }, (_, index) => index);

describe('FirstScreen', () => {
  it('takes whole lists while they fit, then the head of the next, then nothing', () => {
    const screen = new FirstScreen(false, 5);
    expect(screen.take(list(2))).toEqual([0, 1]);
    expect(screen.full).toBe(false);
    expect(screen.take(list(0))).toEqual([]);
    expect(screen.take(list(4))).toEqual([0, 1, 2]);
    expect(screen.full).toBe(true);
    expect(screen.take(list(3))).toEqual([]);
  });

  it('is full when a list ends exactly at the allowance', () => {
    const screen = new FirstScreen(false, 3);
    const whole = list(3);
    expect(screen.take(whole)).toBe(whole);
    expect(screen.full).toBe(true);
  });

  it('takes everything once the whole list is drawn', () => {
    const screen = new FirstScreen(true);
    const long = list(FIRST_SCREEN_POSTS * 10);
    expect(screen.take(long)).toBe(long);
    expect(screen.take(long)).toBe(long);
    expect(screen.full).toBe(false);
  });
});
