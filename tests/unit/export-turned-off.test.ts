// Nothing approved is left out without a word (issue 17): a channel turned off in Settings keeps
// its posts in the package when chosen, the dialog offers it while posts of the period use it,
// and posts on channels not chosen are named in LÄS-MIG.
import { describe, expect, it } from 'vitest';
import { buildExportPackage, exportPosts, leftOutPosts, offeredChannels, README_FILE } from '../../src-shared/export';
import { textsInPosts } from '../../src-shared/export/summary';
import { exportFixturePlan, FIXTURE_OPTIONS } from '../fixtures/export-plan';

const plan = exportFixturePlan(); // LinkedIn is turned off; one approved post uses it on 2027-01-02
const readmeOf = (options: typeof FIXTURE_OPTIONS) =>
  new TextDecoder().decode(buildExportPackage(plan, options).files.find((file) => file.path === README_FILE)?.bytes);

describe('a channel turned off in Settings', () => {
  it('keeps its posts in the package when chosen, marked in LÄS-MIG', () => {
    expect(exportPosts(plan, FIXTURE_OPTIONS).filter((post) => post.channel === 'linkedin')).toHaveLength(1);
    const readme = readmeOf(FIXTURE_OPTIONS);
    expect(readme).toContain('Kanaler: Hemsida, X (Twitter), Instagram, Facebook, LinkedIn (avstängd)\r\n');
    expect(readme).toContain('9. lördag 2027-01-02 kl. 18:00 · LinkedIn (avstängd)\r\n');
    expect(readme).not.toContain('Inte med i paketet');
  });

  it('is offered in the dialog only while posts of the period and statuses use it', () => {
    const offered = (from: string, to: string) => offeredChannels(plan, { ...FIXTURE_OPTIONS, from, to });
    expect(offered('2026-12-28', '2027-01-03')).toEqual([
      { id: 'website', enabled: true },
      { id: 'x', enabled: true },
      { id: 'instagram', enabled: true },
      { id: 'facebook', enabled: true },
      { id: 'linkedin', enabled: false },
    ]);
    expect(offered('2026-10-19', '2026-10-25').map((channel) => channel.id)).not.toContain('linkedin');
    expect(offeredChannels(plan, { ...FIXTURE_OPTIONS, statuses: ['draft'] }).map((channel) => channel.id)).not.toContain(
      'linkedin',
    );
  });
});

describe('posts on channels not chosen', () => {
  const options = { ...FIXTURE_OPTIONS, channels: ['website', 'x', 'instagram'] };

  it('are named in LÄS-MIG with their day, channel and title', () => {
    expect(leftOutPosts(plan, options).map((post) => `${post.channel} ${post.item.id}`)).toEqual([
      'facebook dag-fore',
      'facebook formel',
      'linkedin formel',
    ]);
    expect(readmeOf(options)).toContain(
      'Inte med i paketet\r\n==================\r\n\r\n' +
        'Utanför, på kanaler som inte valdes: 3 texter i 2 inlägg i perioden med de valda statusarna.\r\n' +
        '- lördag 2026-10-24 kl. 10:00 · Facebook: Dagen före\r\n' +
        '- torsdag 2026-12-31 kl. 09:00 · Facebook: =HYPERLINK("http://x")\r\n' +
        '- lördag 2027-01-02 kl. 18:00 · LinkedIn (avstängd): =HYPERLINK("http://x")\r\n',
    );
  });
});

describe('textsInPosts', () => {
  const posts = (items: string[]) => items.map((id) => ({ item: { id } as never }));
  it.each([
    [['a'], 'sv', '1 text i 1 inlägg'],
    [['a', 'a', 'b'], 'sv', '3 texter i 2 inlägg'],
    [['a'], 'en', '1 text in 1 post'],
    [['a', 'a', 'b'], 'en', '3 texts in 2 posts'],
  ] as const)('%j in %s is "%s"', (items, language, words) => {
    expect(textsInPosts(posts([...items]), language)).toBe(words);
  });
});
