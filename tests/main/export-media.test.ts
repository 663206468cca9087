// The package with images (issue 18 item 3), written by the real services from a real data
// folder: each post's images beside its text in publishing order, the alt texts in LÄS-MIG under
// the post, the same images in the ZIP, and a second export byte for byte the same.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { examplePlanItems } from '../../src-shared/example-plan';
import { fixedExportFolder } from '../../src-main/services/export-folder';
import { ExportService } from '../../src-main/services/export-service';
import { mediaReader } from '../../src-main/media/export-media';
import { mediaFolder } from '../../src-main/media/media-files';
import type { MediaRef } from '../../src-shared/plan/model';
import { jpeg, png } from '../support/images';
import { openServices, tempDataDir } from '../support/store';

const TODAY = '2026-11-24';
const ALTS = [
  'Ett fyrtiotal kårledare på trappan till Stadshuset, i höstsol.',
  'Ordföranden talar vid ett podium med SSCO:s logga.',
  '',
];

function filesBelow(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

/** The example plan, its Instagram carousel given three images (one without alt text) and its X post the first. */
async function exampleWithImages() {
  const dataDir = tempDataDir();
  const services = openServices(dataDir);
  services.plan.apply({ type: 'items.put', items: examplePlanItems(TODAY, `${TODAY}T08:00:00.000Z`), removeIds: [] });
  const files = [await jpeg(1080, 1350), await jpeg(1080, 1080, { quality: 60 }), await png(1080, 1350)];
  const media: MediaRef[] = [];
  for (const [index, bytes] of files.entries()) {
    const stored = await services.media.attach(`bild-${index + 1}`, bytes);
    media.push({ ...stored, id: `bild-${index + 1}`, altText: ALTS[index] ?? '', channels: index === 0 ? null : ['instagram'] });
  }
  services.plan.apply({ type: 'media.add', id: 'example-karledartraff-bilder', media });
  return { dataDir, services };
}

async function exportTo(dataDir: string, services: ReturnType<typeof openServices>, folder: string) {
  const exporter = new ExportService(services.plan, fixedExportFolder(folder), undefined, mediaReader(dataDir));
  return exporter.write({ from: '2026-11-23', to: '2026-11-29', channels: ['website', 'x', 'instagram', 'facebook', 'linkedin'], statuses: ['approved', 'published'], zip: true, overwrite: false });
}

describe('the package with images', () => {
  it('copies each post’s images beside its text, in order, with the alt texts in LÄS-MIG and the ZIP', async () => {
    const { dataDir, services } = await exampleWithImages();
    const out = join(dataDir, 'ut');
    const result = await exportTo(dataDir, services, out);
    expect(result.status).toBe('written');
    if (result.status !== 'written') return;
    const files = filesBelow(result.folder);
    const names = [...files.keys()];
    const carousel = names.filter((name) => /^instagram\/.*karledartraff.*_\d\.(jpg|png)$/.test(name));
    expect(carousel.map((name) => name.replace(/^.*_(\d\.\w+)$/, '$1'))).toEqual(['1.jpg', '2.jpg', '3.png']);
    const stem = carousel[0]!.replace(/_1\.jpg$/, '');
    expect(names).toContain(`${stem}.txt`);
    // The bytes are the stored files', untouched.
    const stored = services.plan.current().plan.items.find((item) => item.id === 'example-karledartraff-bilder')!.media!;
    stored.forEach((ref, index) => {
      expect(files.get(carousel[index]!)!.equals(readFileSync(join(mediaFolder(dataDir), ref.file)))).toBe(true);
    });
    const readme = files.get('LÄS-MIG.txt')!.toString('utf8');
    const section = readme.slice(readme.indexOf(`${stem}.txt`) - 200, readme.indexOf('SAKNAS') + 6);
    expect(section).not.toContain('Alt-text: Ett tjugotal');
    expect(section).toContain(`Bilder:\r\n   1. ${stem}_1.jpg\r\n      Alt-text: ${ALTS[0]}\r\n   2. ${stem}_2.jpg\r\n      Alt-text: ${ALTS[1]}\r\n   3. ${stem}_3.png\r\n      Alt-text: SAKNAS`);
    const zipped = unzipSync(new Uint8Array(readFileSync(result.zip!)));
    const folderName = result.folder.split(/[/\\]/).pop()!;
    for (const [name, bytes] of files) expect(Buffer.from(zipped[`${folderName}/${name}`]!).equals(bytes), name).toBe(true);
    expect(Object.keys(zipped)).toHaveLength(files.size);
  });

  it('exports twice byte for byte the same, ZIP included', async () => {
    const { dataDir, services } = await exampleWithImages();
    const first = await exportTo(dataDir, services, join(dataDir, 'ett'));
    const second = await exportTo(dataDir, services, join(dataDir, 'två'));
    if (first.status !== 'written' || second.status !== 'written') throw new Error('not written');
    expect(filesBelow(second.folder)).toEqual(filesBelow(first.folder));
    expect(readFileSync(second.zip!).equals(readFileSync(first.zip!))).toBe(true);
  });
});
