// The whole plan with its images as one ZIP (issue 18 item 2), through the real services on real
// temporary folders: a round trip into an empty data folder brings the images with the plan; the
// old JSON-only file still imports; every hostile ZIP (a name that climbs out, a huge declared
// size, too many entries, a ZIP bomb honest or lying about its size, a file that is not what its
// name or hash says) is refused in words with the data folder byte for byte as it was; and the
// media files are on disk before the plan's replace is written.
import * as nodeFs from 'node:fs';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, relative } from 'node:path';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { say } from '../../src-shared/i18n/messages';
import { examplePlanItems } from '../../src-shared/example-plan';
import type { ImportCheck } from '../../src-shared/ipc/contract';
import type { MediaRef } from '../../src-shared/plan/model';
import { mediaReader } from '../../src-main/media/export-media';
import { mediaFolder } from '../../src-main/media/media-files';
import { MAX_ARCHIVE_ENTRIES } from '../../src-main/services/plan-zip';
import { writePlanArchive, writePlanFile } from '../../src-main/services/plan-copy';
import { jpeg, png, pngDeclaring, SVG } from '../support/images';
import { openServices, snapshotFiles, tempDataDir } from '../support/store';

const TODAY = '2026-11-24';
const NOW = new Date(`${TODAY}T09:30:00.000Z`);

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The example plan in a data folder, its first Instagram post given two images. */
async function planWithImages() {
  const dataDir = tempDataDir();
  const services = openServices(dataDir);
  services.plan.apply({ type: 'items.put', items: examplePlanItems(TODAY, `${TODAY}T08:00:00.000Z`), removeIds: [] });
  const media: MediaRef[] = [];
  for (const [index, bytes] of [await jpeg(1080, 1350), await png(1080, 1080)].entries()) {
    const stored = await services.media.attach(`bild-${index + 1}`, bytes);
    media.push({ ...stored, id: `bild-${index + 1}`, altText: `Bild ${index + 1}`, channels: null });
  }
  services.plan.apply({ type: 'media.add', id: 'example-karledartraff-bilder', media });
  return { dataDir, services, media };
}

async function exportedArchive() {
  const source = await planWithImages();
  const folder = tempDataDir();
  const path = writePlanArchive(source.services.plan.current().plan, folder, NOW, mediaReader(source.dataDir));
  return { ...source, path, bytes: new Uint8Array(readFileSync(path)) };
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

function refusal(check: ImportCheck): string {
  expect(check.status).toBe('rejected');
  return check.status === 'rejected' ? say('sv', check.message) : '';
}

/** A data folder holding a plan, and a check of it that must change nothing. */
async function refusedLeavesAllAsItWas(zip: Uint8Array): Promise<string> {
  const dir = tempDataDir();
  const target = openServices(dir);
  target.plan.apply({ type: 'items.put', items: examplePlanItems(TODAY, `${TODAY}T08:00:00.000Z`).slice(0, 3), removeIds: [] });
  target.store.close();
  const before = snapshotFiles(dir);
  const reopened = openServices(dir);
  const settled = snapshotFiles(dir); // the start backup, which the import does not take
  const words = refusal(await reopened.importer.check({ archive: base64(zip) }));
  expect(snapshotFiles(dir)).toEqual(settled);
  expect(existsSync(mediaFolder(dir))).toBe(false);
  expect(before.size).toBeGreaterThan(0);
  return words;
}

/** Sets what the ZIP's headers (local and central) declare as `name`'s inflated size. */
function declaring(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  const encoded = strToU8(name);
  const nameAt = (at: number) => encoded.every((byte, index) => out[at + index] === byte);
  for (let at = 0; at < out.length - 46; at += 1) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50 && view.getUint16(at + 26, true) === encoded.length && nameAt(at + 30))
      view.setUint32(at + 22, size, true);
    if (signature === 0x02014b50 && view.getUint16(at + 28, true) === encoded.length && nameAt(at + 46))
      view.setUint32(at + 24, size, true);
  }
  return out;
}

describe('the whole plan with its images as one ZIP', () => {
  it('holds plan.json and the images its posts name, by hash, and imports into an empty data folder with them', async () => {
    const { services, media, path, bytes } = await exportedArchive();
    expect(basename(path)).toMatch(/^Kanalplan-plan-\d{4}-\d\d-\d\d-\d\d-\d\d-\d\d\.zip$/);
    const entries = unzipSync(bytes);
    expect(Object.keys(entries).sort()).toEqual([...media.map((ref) => `media/${ref.file}`), 'plan.json'].sort());
    for (const ref of media) expect(sha(entries[`media/${ref.file}`]!)).toBe(ref.file.split('.')[0]);

    const dir = tempDataDir();
    const target = openServices(dir);
    const check = await target.importer.check({ archive: base64(bytes) });
    expect(check.status).toBe('ready');
    if (check.status !== 'ready') return;
    expect(check.summary).toMatchObject({ media: 2, replacesItems: 0 });
    // Checked, not yet written: the user has not confirmed.
    expect(existsSync(mediaFolder(dir))).toBe(false);
    target.importer.commit(check.token);
    const stored = readdirSync(mediaFolder(dir)).sort();
    // Each file with the thumbnail an attach makes beside it.
    expect(stored).toEqual(media.flatMap((ref) => [ref.file, ref.file.replace(/\.\w+$/, '.thumb.webp')]).sort());
    target.store.close();
    const reopened = openServices(dir).plan.current().plan;
    const post = reopened.items.find((item) => item.id === 'example-karledartraff-bilder');
    expect(post?.media).toEqual(services.plan.current().plan.items.find((item) => item.id === post?.id)?.media);
  });

  it('still imports the JSON-only plan file of earlier versions', async () => {
    const { services } = await planWithImages();
    const text = readFileSync(writePlanFile(services.plan.current().plan, tempDataDir(), NOW), 'utf8');
    const check = await openServices(tempDataDir()).importer.check({ text });
    expect(check.status).toBe('ready');
    if (check.status === 'ready') expect(check.summary.media).toBe(0);
  });

  it('writes every media file durably before the plan is replaced', async () => {
    const { bytes } = await exportedArchive();
    const dir = tempDataDir();
    const renamed: string[] = [];
    const fs = {
      ...nodeFs,
      renameSync: (from: nodeFs.PathLike, to: nodeFs.PathLike) => (
        nodeFs.renameSync(from, to),
        renamed.push(relative(dir, String(to)))
      ),
    };
    const target = openServices(dir, { fs });
    const check = await target.importer.check({ archive: base64(bytes) });
    if (check.status !== 'ready') throw new Error(check.status);
    renamed.length = 0;
    target.importer.commit(check.token);
    const firstOther = renamed.findIndex((path) => !path.startsWith('media/'));
    const lastMedia = renamed.findLastIndex((path) => path.startsWith('media/'));
    expect(renamed.filter((path) => path.startsWith('media/'))).toHaveLength(4);
    expect(lastMedia).toBeLessThan(firstOther);
  });

  it('keeps only the files the posts name, and refuses one whose bytes are not the image its post says', async () => {
    const { bytes, media } = await exportedArchive();
    const entries = unzipSync(bytes);
    const extra = await png(10, 10);
    const withExtra = zipSync({ ...entries, [`media/${sha(extra)}.png`]: extra });
    const check = await openServices(tempDataDir()).importer.check({ archive: base64(withExtra) });
    if (check.status === 'ready') expect(check.summary.media).toBe(2);
    expect(check.status).toBe('ready');
    // The first image's bytes under the second's name: its hash gives it away.
    const [first, second] = media as [MediaRef, MediaRef];
    const swapped = zipSync({ ...entries, [`media/${second.file}`]: entries[`media/${first.file}`]! });
    expect(await refusedLeavesAllAsItWas(swapped)).toBe(
      `Bildfilen ${second.file} i ZIP-filen har inte det innehåll som namnet anger. Filen kan vara skadad och importerades inte.`,
    );
  });

  it.each([
    ['a name that climbs out of the folder', { '../../.bashrc': strToU8('x') }, /pekar utanför mappen \(\.\.\/\.\.\/\.bashrc\)/],
    ['an absolute name', { '/etc/passwd': strToU8('x') }, /pekar utanför mappen \(\/etc\/passwd\)/],
    ['media/ climbing out', { 'media/../../x.jpg': strToU8('x') }, /pekar utanför mappen/],
    ['a name that is no part of a plan', { 'LÄS-MIG.txt': strToU8('x') }, /innehåller LÄS-MIG\.txt, som inte hör till en plan/],
  ])('refuses %s with nothing changed', async (_case, entries, words) => {
    const { bytes } = await exportedArchive();
    const zip = zipSync({ ...unzipSync(bytes), ...entries });
    expect(await refusedLeavesAllAsItWas(zip)).toMatch(words);
  });

  it('refuses a huge declared size, too many entries and a ZIP bomb before inflating them', async () => {
    const { bytes, media } = await exportedArchive();
    const entries = unzipSync(bytes);
    const name = `media/${media[0]!.file}`;
    const huge = declaring(bytes, name, 0xfff0_0000);
    expect(await refusedLeavesAllAsItWas(huge)).toBe('ZIP-filen packas upp till mer än 600 MB och importerades inte.');

    const many: Zippable = { ...entries };
    // Names of the right shape, so that only their number is wrong.
    for (let n = 0; n <= MAX_ARCHIVE_ENTRIES; n += 1) many[`media/${String(n).padStart(64, '0')}.jpg`] = new Uint8Array(0);
    expect(await refusedLeavesAllAsItWas(zipSync(many, { level: 0 }))).toMatch(/fler än 20\s000 filer/);

    // A bomb that says what it is: 120 MB of zeros in a few hundred kB, over one file's limit.
    const zeros = new Uint8Array(120 * 1024 * 1024);
    const bomb = zipSync({ ...entries, [`media/${sha(zeros)}.jpg`]: [zeros, { level: 9 }] });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await refusedLeavesAllAsItWas(bomb)).toMatch(/packas upp till mer än/);
    // One that lies (declares 1 kB): inflated no further than that, it is not what its name says.
    const liar = declaring(bomb, `media/${sha(zeros)}.jpg`, 1024);
    expect(await refusedLeavesAllAsItWas(liar)).toMatch(/har inte det innehåll som namnet anger/);
  });

  it('refuses what an attach refuses: SVG, a decompression bomb, a file that is not a ZIP or holds no plan', async () => {
    const { bytes } = await exportedArchive();
    const entries = unzipSync(bytes);
    const plan = JSON.parse(new TextDecoder().decode(entries['plan.json'])) as {
      items: Array<{ id: string; media?: MediaRef[] }>;
    };
    const withFile = async (file: Uint8Array, extension: string, type: MediaRef['type']) => {
      const name = `${sha(file)}.${extension}`;
      const post = plan.items.find((item) => item.id === 'example-karledartraff-bilder')!;
      post.media = [{ ...post.media![0]!, file: name, type, bytes: file.length }];
      return zipSync({ 'plan.json': strToU8(JSON.stringify(plan)), [`media/${name}`]: file });
    };
    expect(await refusedLeavesAllAsItWas(await withFile(SVG, 'png', 'image/png'))).toMatch(
      /^Filen importerades inte, eftersom en av bilderna i den inte kan läggas till:\n.*är en SVG-bild/,
    );
    expect(await refusedLeavesAllAsItWas(await withFile(pngDeclaring(100_000, 100_000), 'png', 'image/png'))).toMatch(
      /100000 × 100000 pixlar/,
    );
    expect(await refusedLeavesAllAsItWas(bytes.slice(0, bytes.length - 200))).toBe(
      'Filen är ingen läsbar ZIP-fil. Den kan vara avklippt eller skadad.',
    );
    const { 'plan.json': _plan, ...mediaOnly } = entries;
    expect(await refusedLeavesAllAsItWas(zipSync(mediaOnly))).toBe(
      'ZIP-filen saknar plan.json och är ingen plan från Kanalplan.',
    );
    const broken = JSON.stringify(plan).replace(/"date":"\d{4}-\d\d-\d\d"/, '"date":"2026-02-31"');
    expect(await refusedLeavesAllAsItWas(zipSync({ ...entries, 'plan.json': strToU8(broken) }))).toMatch(
      /^Filen importerades inte, eftersom den inte följer planens format/,
    );
  });
});
