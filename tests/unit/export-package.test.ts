// The golden package: the fixture plan exports to the files checked in under
// tests/fixtures/export/golden, byte for byte. After a deliberate change, regenerate with
//   UPDATE_GOLDEN=1 npx vitest run tests/unit/export-package.test.ts
// and read the diff before committing it.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExportPackage, exportPosts, packageEntries, packageFolderName, README_FILE } from '../../src-shared/export';
import { applyCommand } from '../../src-shared/plan/commands';
import { NOW } from '../support/plans';
import { channelReadyParts, channelReadyText } from '../../src-shared/channels';
import { exportFixturePlan, FIXTURE_OPTIONS } from '../fixtures/export-plan';

const GOLDEN = 'tests/fixtures/export/golden';

function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

describe('the export package of the fixture plan', () => {
  const plan = exportFixturePlan();
  const pkg = buildExportPackage(plan, FIXTURE_OPTIONS);
  const folder = join(GOLDEN, pkg.folderName);
  const textOf = (path: string | null) => new TextDecoder().decode(pkg.files.find((file) => file.path === path)?.bytes);

  if (process.env.UPDATE_GOLDEN) {
    rmSync(GOLDEN, { recursive: true, force: true });
    for (const file of pkg.files) {
      mkdirSync(dirname(join(folder, file.path)), { recursive: true });
      writeFileSync(join(folder, file.path), file.bytes);
    }
  }

  it('matches the checked-in package byte for byte', () => {
    expect(pkg.folderName).toBe('Kanalplan-2026-10-19--2027-01-03');
    expect(pkg.files.map((file) => file.path)).toEqual(filesUnder(folder));
    for (const file of pkg.files)
      expect(Buffer.from(file.bytes).equals(readFileSync(join(folder, file.path))), file.path).toBe(true);
  });

  it('is the same bytes when built twice', () => {
    const again = buildExportPackage(exportFixturePlan(), FIXTURE_OPTIONS);
    expect(again.files.map((file) => [file.path, Buffer.from(file.bytes).toString('base64')])).toEqual(
      pkg.files.map((file) => [file.path, Buffer.from(file.bytes).toString('base64')]),
    );
  });

  it('holds exactly the channel-ready text in each post file, an X thread as its parts under their lines', () => {
    const entries = packageEntries(plan, FIXTURE_OPTIONS);
    expect(entries).toHaveLength(10);
    for (const { post, path } of entries.filter((entry) => entry.post.channel !== 'x' && entry.path !== null)) {
      expect(textOf(path), path ?? '').toBe(channelReadyText(post.item, post.variant, plan.settings));
    }
    const thread = entries.find((entry) => entry.post.item.id === 'sl-kort' && entry.post.channel === 'x')!;
    const parts = channelReadyParts(thread.post.item, thread.post.variant, plan.settings);
    // A part holds a blank line itself: blank lines could not tell where one ends.
    expect(parts[0]).toContain('\n\n');
    expect(textOf(thread.path)).toBe(parts.map((part, i) => `––– del ${i + 1} av 2 –––\n${part}`).join('\n'));
  });

  it('writes no file for an empty text, and says so under the post in LÄS-MIG', () => {
    const empty = packageEntries(plan, FIXTURE_OPTIONS).filter((entry) => entry.path === null);
    expect(empty.map((entry) => `${entry.post.item.id} ${entry.post.channel}`)).toEqual(['sl-kort website']);
    expect(pkg.files.filter((file) => file.bytes.length === 0)).toEqual([]);
    expect(pkg.files.some((file) => file.path.includes('studentrabatt-pa-sl.md'))).toBe(false);
    expect(textOf(README_FILE)).toContain(
      '6. onsdag 2026-12-30 kl. 12:00 · Hemsida\r\n   Rubrik: Studentrabatt på SL\r\n   Fil: ingen, texten är tom\r\n' +
        '   Länk: https://www.ssco.se/studentrabatt-pa-sl\r\n   Kontroller som inte är gröna:\r\n' +
        '   - Fel: Hemsida: texten är tom, fast inlägget har status Godkänd.\r\n',
    );
  });

  it("lists each post's open findings under it in LÄS-MIG, the same on every run", () => {
    const readme = textOf(README_FILE);
    expect(readme).toContain(
      '   Alt-text: saknas\r\n   Kontroller som inte är gröna:\r\n   - Varning: Instagram: bilden saknar alt-text',
    );
    expect(readme).toContain('   - Varning: Kanalen LinkedIn är avstängd i Inställningar.\r\n');
    // An item's own finding shows under each of its posts; a channel's only under that channel's.
    const untouched = applyCommand(plan, { type: 'item.update', id: 'dag-fore', patch: { audiences: [] } }, NOW);
    const again = new TextDecoder().decode(
      buildExportPackage(untouched, FIXTURE_OPTIONS).files.find((file) => file.path === README_FILE)?.bytes,
    );
    expect(again).toContain(
      '   Länk: https://example.org/a?b=1,2\r\n   Kontroller som inte är gröna:\r\n   - Varning: Ingen målgrupp',
    );
  });

  it('leaves out drafts and undated posts, and orders ties by channel order, then id', () => {
    const posts = exportPosts(plan, FIXTURE_OPTIONS).map(
      (post) => `${post.date} ${post.time ?? '-'} ${post.channel} ${post.item.id}`,
    );
    expect(posts).toEqual([
      '2026-10-24 10:00 facebook dag-fore',
      '2026-10-25 10:00 website oppet-hus',
      '2026-10-25 10:00 x oppet-hus',
      '2026-10-25 10:00 instagram oppet-hus',
      '2026-12-30 12:00 website arsmote',
      '2026-12-30 12:00 website sl-kort',
      '2026-12-30 12:00 x sl-kort',
      '2026-12-31 09:00 facebook formel',
      '2027-01-02 18:00 linkedin formel',
      '2027-01-03 - instagram heldag',
    ]);
  });

  it('marks a post already published in LÄS-MIG, so it does not go out twice', () => {
    const published = applyCommand(
      plan,
      { type: 'variant.update', id: 'heldag', channel: 'instagram', patch: { publishedAt: NOW } },
      NOW,
    );
    const readme = (options: typeof FIXTURE_OPTIONS) =>
      new TextDecoder().decode(buildExportPackage(published, options).files.find((file) => file.path === README_FILE)?.bytes);
    expect(readme(FIXTURE_OPTIONS)).toContain('10. söndag 2027-01-03 hela dagen · Instagram (redan publicerad)\r\n');
    expect(readme(FIXTURE_OPTIONS)).toContain('9. lördag 2027-01-02 kl. 18:00 · LinkedIn (avstängd)\r\n');
  });

  it('follows the channel order of Settings, not a built-in one', () => {
    const reordered = { ...plan, settings: { ...plan.settings, channels: [...plan.settings.channels].reverse() } };
    const order = exportPosts(reordered, FIXTURE_OPTIONS)
      .filter((post) => post.date === '2026-10-25')
      .map((post) => post.channel);
    expect(order).toEqual(['instagram', 'x', 'website']);
  });
});

describe('packageFolderName', () => {
  it.each([
    ['2026-11-23', '2026-11-29', 'Kanalplan-2026-v48'],
    ['2026-12-28', '2027-01-03', 'Kanalplan-2026-v53'],
    ['2027-01-04', '2027-01-10', 'Kanalplan-2027-v01'],
    ['2026-11-23', '2026-12-06', 'Kanalplan-2026-11-23--2026-12-06'],
    ['2026-11-24', '2026-11-30', 'Kanalplan-2026-11-24--2026-11-30'],
    ['2026-11-23', '2026-11-23', 'Kanalplan-2026-11-23'],
  ])('%s – %s is %s', (from, to, name) => {
    expect(packageFolderName(from, to)).toBe(name);
  });
});
