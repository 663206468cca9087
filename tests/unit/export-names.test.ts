// Hostile titles and labels give safe, distinct names that stay inside the package folder on
// Windows, macOS and Linux.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanCommand } from '../../src-shared/plan/commands';
import { buildExportPackage, distinctPaths, isInsidePackage, MAX_PACKAGE_PATH, safeSegment } from '../../src-shared/export';
import { planWith } from '../support/plans';

const HOSTILE = [
  '../../etc/passwd',
  'CON',
  'nul.txt',
  'x'.repeat(300),
  '🎉🎉🎉',
  '\u202Egpj.exe',
  'Kårval\u200F',
  'KÅRVAL',
  '...',
  'C:\\Windows\\system32',
];
const BIDI = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

function hostilePlan() {
  const commands: PlanCommand[] = HOSTILE.flatMap((title, index): PlanCommand[] => {
    const id = `hostile-${index}`;
    return [
      { type: 'item.create', id, title, status: 'approved', date: '2026-11-23', time: '09:00' },
      { type: 'variant.add', id, channel: 'x' },
      { type: 'variant.update', id, channel: 'x', patch: { text: 'Text.' } },
    ];
  });
  return planWith(...commands);
}

describe('names from hostile titles', () => {
  const pkg = buildExportPackage(hostilePlan(), {
    from: '2026-11-23',
    to: '2026-11-29',
    channels: ['x'],
    statuses: ['approved'],
    language: 'sv',
  });
  const posts = pkg.files.map((file) => file.path).filter((path) => path.startsWith('x/'));

  it('gives every title its own file', () => {
    expect(posts).toHaveLength(HOSTILE.length);
    expect(new Set(posts.map((path) => path.toLowerCase())).size).toBe(HOSTILE.length);
  });

  it('keeps every path inside the folder, short, visible and allowed everywhere', () => {
    for (const path of pkg.files.map((file) => file.path)) {
      expect(isInsidePackage(path), path).toBe(true);
      expect(pkg.folderName.length + 1 + path.length, path).toBeLessThanOrEqual(MAX_PACKAGE_PATH);
      expect(path, path).not.toMatch(BIDI);
      // oxlint-disable-next-line no-control-regex -- control characters are what this looks for
      expect(path, path).not.toMatch(/[<>:"\\|?*\u0000-\u001f]/);
      for (const segment of path.split('/')) {
        expect(segment, path).not.toMatch(RESERVED);
        expect(segment, path).not.toMatch(/^\.|[. ]$/);
      }
    }
  });

  it('names them as one would expect', () => {
    expect(posts).toEqual(
      [
        'x/2026-11-23_0900_etc-passwd.txt',
        'x/2026-11-23_0900_con-.txt', // the stem alone is made safe too
        'x/2026-11-23_0900_nul-txt.txt',
        `x/2026-11-23_0900_${'x'.repeat(60)}.txt`,
        'x/2026-11-23_0900_hostile-4.txt', // nothing left of the emoji: the item id
        'x/2026-11-23_0900_gpj-exe.txt',
        'x/2026-11-23_0900_karval.txt',
        'x/2026-11-23_0900_karval-2.txt', // same name but for case
        'x/2026-11-23_0900_hostile-8.txt',
        'x/2026-11-23_0900_c-windows-system32.txt',
      ].sort(),
    );
  });
});

describe('safeSegment (channel folders from labels a user writes)', () => {
  it.each([
    ['CON', 'CON-'],
    ['nul.txt', 'nul-.txt'],
    ['com1.md', 'com1-.md'],
    ['LPT9', 'LPT9-'],
    ['\u202Eexe.jpg', 'exe.jpg'],
    ['a\u2066b\u2069c\u200Ed', 'abcd'],
    ['  trailing. . ', 'trailing'],
    ['.hidden', 'hidden'],
    ['..', 'fallback'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a-b-c-d-e-f-g-h-i-j'],
    ['tab\there\u0007bell', 'tab here-bell'],
    ['Nyhetsbrev 🎉', 'Nyhetsbrev 🎉'],
  ])('%j → %j', (name, safe) => {
    expect(safeSegment(name, 'fallback')).toBe(safe);
  });

  it('keeps to its length budget', () => {
    expect(safeSegment('å'.repeat(300), 'f').length).toBeLessThanOrEqual(40);
  });

  it('gives a plain slug or file name the same name by its short way as the whole way would', () => {
    // An invisible mark (taken out first) sends the same name the whole way.
    const name = fc.oneof(
      fc.stringMatching(/^[A-Za-z0-9_-]{0,70}$/),
      // File names: one extension, or dots where a name must not have them.
      fc.stringMatching(/^[A-Za-z0-9_.-]{0,70}$/),
      fc.constantFrom('con', 'CON', 'nul', 'com1', 'lpt9', 'aux', 'con-x', 'a--b', '-a-', 'nul.txt', 'CON.md', 'com1.txt'),
      fc.constantFrom('2026-11-23_0900_oppet-hus.md', 'a.md', 'a..md', '.md', 'a.', 'a.b.c', 'a_.md', 'a.m-d'),
    );
    fc.assert(
      fc.property(name, fc.integer({ min: 1, max: 80 }), (plain, max) => {
        expect(safeSegment(plain, 'fallback', max)).toBe(safeSegment(`${plain}\u200B`, 'fallback', max));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('distinctPaths', () => {
  it('suffixes names equal but for case, in order, before the extension', () => {
    expect(distinctPaths(['x/A.txt', 'x/a.txt', 'x/a.TXT', 'y/a.txt', 'x/b'])).toEqual([
      'x/A.txt',
      'x/a-2.txt',
      'x/a-3.TXT',
      'y/a.txt',
      'x/b',
    ]);
  });
});

describe('isInsidePackage', () => {
  it.each(['../a.txt', 'a/../../b', '/etc/passwd', 'C:/x', 'a\\b', '', 'a//b', './a', 'CON', 'x/nul.txt'])(
    'refuses %j',
    (path) => {
      expect(isInsidePackage(path)).toBe(false);
    },
  );
});
