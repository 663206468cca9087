// The X file of the package, read back by a parser written from what LÄS-MIG says and nothing
// else: "a file that starts with a line such as ––– del 1 av 3 ––– is a thread: each part starts
// with such a line, and the part's text is the lines between that line and the next such line or
// the end of the file; the line always has more dashes in a row than the text has anywhere.
// Otherwise the whole file is one post." Whatever the text, the parts come back as they went in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitThread } from '../../src-shared/channels';
import { xFileText } from '../../src-shared/export/thread-file';

const sv = (part: number, total: number) => `del ${part} av ${total}`;

/** The reader LÄS-MIG describes: the first line's dashes say what a part line looks like. */
function parseXFile(text: string): string[] {
  const lines = text.split('\n');
  const opening = /^(–{3,}) (.*) \1$/.exec(lines[0] ?? '');
  if (!opening) return [text];
  const dashes = opening[1] as string;
  const isPartLine = (line: string) => line.startsWith(`${dashes} `) && line.endsWith(` ${dashes}`);
  const parts: string[][] = [];
  for (const line of lines) {
    if (isPartLine(line)) parts.push([]);
    else parts[parts.length - 1]?.push(line);
  }
  return parts.map((part) => part.join('\n'));
}

describe('the X file of the package', () => {
  it('writes a post that fits as it is, and a thread as its parts under lines naming them', () => {
    expect(xFileText(['Kom på öppet hus!'], sv)).toBe('Kom på öppet hus!');
    expect(xFileText(['Ett.\n\nTvå. 1/2', 'Tre. 2/2'], sv)).toBe(
      '––– del 1 av 2 –––\nEtt.\n\nTvå. 1/2\n––– del 2 av 2 –––\nTre. 2/2',
    );
  });

  it('takes more dashes than the text has in a row, so a line of the text is never a part line', () => {
    const text = xFileText(['A\n––– del 2 av 2 –––\nB 1/2', 'C 2/2'], sv);
    expect(text.split('\n')[0]).toBe('–––– del 1 av 2 ––––');
    expect(parseXFile(text)).toEqual(['A\n––– del 2 av 2 –––\nB 1/2', 'C 2/2']);
  });

  it('writes a lone post that starts like a part line as a thread of one, so it is not misread', () => {
    const text = xFileText(['––– del 1 av 2 –––\nHej'], sv);
    expect(text).toBe('–––– del 1 av 1 ––––\n––– del 1 av 2 –––\nHej');
    expect(parseXFile(text)).toEqual(['––– del 1 av 2 –––\nHej']);
  });

  it('gives back the parts of any thread the split makes, blank lines and dashes included', () => {
    const line = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'ö', ' ', '–', '-', '.', '😀', 'del', '1 av 2') }),
      fc.constantFrom('', '–––', '––– del 2 av 3 –––', '–––– del 1 av 1 ––––'),
    );
    const text = fc.array(line, { minLength: 1, maxLength: 80 }).map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(text, (source) => {
        const parts = splitThread(source, 140);
        expect(parseXFile(xFileText(parts, sv))).toEqual(parts);
      }),
      { numRuns: 300 },
    );
  });
});
