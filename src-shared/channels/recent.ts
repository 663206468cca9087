// A few recent answers of a pure, costly function of one string. On one keystroke the editor's
// counter, its preview, the copy button and the checks all weigh and split the same X text, and
// twitter-text's parse is what the keystroke waits on (issue #11); the text is the key.

/** Wraps `compute` so the last `size` distinct keys are answered from memory. */
export function rememberRecent<T>(size: number, compute: (key: string) => T): (key: string) => T {
  const recent = new Map<string, T>();
  return (key) => {
    if (recent.has(key)) return recent.get(key) as T;
    const value = compute(key);
    recent.set(key, value);
    if (recent.size > size) recent.delete(recent.keys().next().value as string);
    return value;
  };
}
