// An X post's file in the package. A post that fits is its text, as for every other channel. A
// thread is its parts in order, each under a line that names it ("––– del 2 av 3 –––"): a part may
// hold blank lines itself, so "parts split by a blank line" left a reader to guess (issue 17).
// The line's dashes (EN DASH, U+2013) are at least three and always more than the longest run of
// them anywhere in the text, so no line of a part can be taken for a part line.

const DASH = '–';
const MIN_DASHES = 3;
/** What a reader takes for a part line: a run of three or more dashes, words, the same run. */
const PART_LINE = /^(–{3,}) .* \1$/;

/** `label(2, 3)` words the line's middle, "del 2 av 3", in the package's language. */
export function xFileText(parts: readonly string[], label: (part: number, total: number) => string): string {
  const [first = ''] = parts;
  // A lone post is written as it is, unless its own first line would read as a part line.
  if (parts.length === 1 && !PART_LINE.test(first.split('\n', 1)[0] ?? '')) return first;
  const dashes = DASH.repeat(Math.max(MIN_DASHES, longestDashRun(parts.join('\n')) + 1));
  return parts.map((part, index) => `${dashes} ${label(index + 1, parts.length)} ${dashes}\n${part}`).join('\n');
}

function longestDashRun(text: string): number {
  let longest = 0;
  for (const run of text.matchAll(/–+/g)) longest = Math.max(longest, run[0].length);
  return longest;
}
