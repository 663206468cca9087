import { describe, expect, it } from 'vitest';
import { splitThread } from '../../src-shared/channels';
import { rememberRecent } from '../../src-shared/channels/recent';

describe('rememberRecent', () => {
  it('answers a repeated key from memory and forgets the oldest beyond its size', () => {
    const asked: string[] = [];
    const length = rememberRecent(2, (key) => (asked.push(key), key.length));
    expect([length('a'), length('bb'), length('a')]).toEqual([1, 2, 1]);
    expect(asked).toEqual(['a', 'bb']);
    length('ccc'); // 'a' is the oldest and goes
    length('a');
    expect(asked).toEqual(['a', 'bb', 'ccc', 'a']);
  });
});

describe('splitThread from memory', () => {
  it('gives each caller its own array, so one caller cannot change another’s parts', () => {
    const text = 'Studentbostäder nu. '.repeat(30);
    const first = splitThread(text, 280);
    first.push('ändrad');
    expect(splitThread(text, 280)).toEqual(first.slice(0, -1));
    expect(splitThread(text, 140).length).toBeGreaterThan(first.length - 1);
  });
});
