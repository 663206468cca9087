// The images' bench rows (issue 18 item 7): attaching a 10 MB photo until its thumbnail is on
// disk, writing the package of a week whose posts carry 50 photos, and the images a large plan
// carries (3,000 on 10,000 posts) for the kanban, calendar and keystroke rows. The pictures are
// drawn in code with sharp (noise, JPEG's worst case), never read from a committed file.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { ContentItem, MediaRef, Plan } from '../src-shared/plan/model';
import { createServices } from '../src-main/services/create-services';
import { fixedExportFolder } from '../src-main/services/export-folder';
import { makeThumbnail, MediaService } from '../src-main/media/media-service';
import { mediaFolder, thumbnailName } from '../src-main/media/media-files';
import { writeFileDurably } from '../src-main/store/durable-write';
import { exportPosts } from '../src-shared/export';
import { timed, timeIt, type Row } from './measure';
import { generatePlan } from './plan-generator';

const INFO = { version: 'bench', runtime: 'browser-harness' } as const;
const MB = 1024 * 1024;

/** A photo-like JPEG of about `target` bytes: noise, scaled once from a first try's size. */
async function photoOf(target: number, seed: number): Promise<Uint8Array> {
  const draw = (width: number) =>
    sharp({
      create: {
        width,
        height: Math.round((width * 3) / 4),
        channels: 3,
        background: { r: seed % 255, g: 90, b: 40 },
        noise: { type: 'gaussian', mean: 128, sigma: 40 },
      },
    })
      .jpeg({ quality: 85 })
      .toBuffer();
  const first = await draw(1000);
  const width = Math.round(1000 * Math.sqrt(target / first.length));
  return new Uint8Array(await draw(width));
}

const shaOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export async function mediaRows(): Promise<Row[]> {
  return [await attachRow(), await exportWeekRow()];
}

/** "Lägg till bild…" of a 10 MB photo: sniffed, measured, its thumbnail made, both written durably. */
async function attachRow(): Promise<Row> {
  const photo = await photoOf(10 * MB, 1);
  const dir = mkdtempSync(join(tmpdir(), 'kanalplan-bench-attach-'));
  try {
    const media = new MediaService(dir);
    const attach = await timed(
      3,
      () => rmSync(mediaFolder(dir), { recursive: true, force: true }),
      () => media.attach('foto.jpg', photo),
    );
    const decode = await timeIt(() => makeThumbnail(photo), 3);
    const { width, height } = await sharp(photo).metadata();
    return {
      name: `bild: lägga till ett foto på ${(photo.length / MB).toFixed(1)} MB tills miniatyren finns`,
      value: attach.median,
      spread: attach.spread,
      unit: 'ms',
      budget: null,
      limit: `sharp: avkoda + miniatyr ensam ${decode.median.toFixed(0)} ms (${width} × ${height} px)`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The package of week 48 (folder and ZIP) from a plan of 1,000 posts whose week carries 50 photos. */
async function exportWeekRow(): Promise<Row> {
  const dir = mkdtempSync(join(tmpdir(), 'kanalplan-bench-export-'));
  const out = join(dir, 'export');
  try {
    const services = createServices(dir, INFO, { flushDelayMs: 60_000 }, fixedExportFolder(out));
    const base = generatePlan(1000);
    const week = { from: '2026-11-23', to: '2026-11-29' };
    const channels = base.settings.channels.map((channel) => channel.id);
    const statuses = ['draft', 'review', 'approved', 'published'] as const;
    const posts = exportPosts(base, { ...week, channels, statuses: [...statuses] }).map((post) => post.item.id);
    const media = new MediaService(dir);
    const refs: MediaRef[] = [];
    let bytes = 0;
    for (let n = 0; n < 50; n += 1) {
      const photo = await photoOf(1.5 * MB, n + 2);
      bytes += photo.length;
      refs.push({ ...(await media.attach(`foto-${n}.jpg`, photo)), id: `bild-${n}`, altText: `Bild ${n + 1}`, channels: null });
    }
    // The week's posts share the 50 photos out, a few each, in order.
    const perPost = Math.ceil(refs.length / Math.max(1, posts.length));
    const withImages = new Set(posts);
    let next = 0;
    const items = base.items.map((item): ContentItem => {
      if (!withImages.has(item.id) || next >= refs.length) return item;
      const taken = refs.slice(next, next + perPost);
      next += taken.length;
      return { ...item, media: taken };
    });
    services.plan.replacePlan({ ...base, items });
    const write = await timed(
      3,
      () => rmSync(out, { recursive: true, force: true }),
      () => services.exporter.write({ ...week, channels, statuses: [...statuses], zip: true, overwrite: false }),
    );
    // What the disk itself takes for as many bytes as the package (folder and ZIP), written durably.
    await services.exporter.write({ ...week, channels, statuses: [...statuses], zip: true, overwrite: true });
    const written = sizeBelow(out);
    const chunk = readFileSync(join(mediaFolder(dir), refs[0]!.file));
    const raw = await timed(
      3,
      () => {
        rmSync(join(dir, 'raw'), { recursive: true, force: true });
        mkdirSync(join(dir, 'raw'));
      },
      () => {
        for (let at = 0, n = 0; at < written.bytes; at += chunk.length, n += 1)
          writeFileDurably(join(dir, 'raw', String(n)), chunk);
      },
    );
    services.store.close();
    return {
      name: `export av en vecka med 50 bilder (${posts.length} inlägg, mapp och ZIP)`,
      value: write.median,
      spread: write.spread,
      unit: 'ms',
      budget: null,
      limit: `${(bytes / MB).toFixed(0)} MB bilder; paketet ${written.files} filer, ${(written.bytes / MB).toFixed(0)} MB; skriva + fsync av lika många byte: ${raw.median.toFixed(0)} ms`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function sizeBelow(folder: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

/**
 * Gives `plan` `count` images, one to three a post from the newest dated posts back (those the
 * kanban and calendar show first), each a distinct small JPEG in `dir`'s media/ with its
 * thumbnail, so every card's picture is a real file the harness serves.
 */
export async function withImages(plan: Plan, count: number, dir: string): Promise<Plan> {
  mkdirSync(mediaFolder(dir), { recursive: true });
  const newestFirst = [...plan.items]
    .filter((item) => item.date !== null)
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  const given = new Map<string, MediaRef[]>();
  let n = 0;
  for (const item of newestFirst) {
    if (n >= count) break;
    const refs: MediaRef[] = [];
    for (let k = 0; k < 1 + (n % 3) && n < count; k += 1, n += 1) {
      const image = sharp({
        create: { width: 120, height: 150, channels: 3, background: { r: n % 256, g: (n >> 8) % 256, b: 120 } },
      });
      const jpeg = new Uint8Array(await image.jpeg({ quality: 80 }).toBuffer());
      const file = `${shaOf(jpeg)}.jpg`;
      writeFileSync(join(mediaFolder(dir), file), jpeg);
      writeFileSync(join(mediaFolder(dir), thumbnailName(file)), await makeThumbnail(jpeg));
      refs.push({
        id: `bild-${n}`,
        file,
        type: 'image/jpeg',
        bytes: jpeg.length,
        width: 120,
        height: 150,
        altText: `Bild ${n}`,
        channels: null,
      });
    }
    given.set(item.id, refs);
  }
  return { ...plan, items: plan.items.map((item) => (given.has(item.id) ? { ...item, media: given.get(item.id) } : item)) };
}
