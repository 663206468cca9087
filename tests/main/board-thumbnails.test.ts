// The board's pictures made by main (issue 18 item 5): from media/ through sharp, a 160 px JPEG
// data: URI each, upright, small enough that a board of many photos stays a file to mail; a
// video or a file that is gone is left out rather than failing the document.
import { describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { MediaService } from '../../src-main/media/media-service';
import { mediaFolder } from '../../src-main/media/media-files';
import { boardHtml } from '../../src-shared/board/html';
import { boardThumbnailFiles, isBoardThumbnail } from '../../src-shared/board/thumbnails';
import { applyCommand } from '../../src-shared/plan/commands';
import { emptyPlan } from '../../src-shared/plan/empty-plan';
import type { MediaRef } from '../../src-shared/plan/model';
import { jpeg, mp4Header, png } from '../support/images';
import { tempDataDir } from '../support/store';

const NOW = '2026-11-25T06:30:00.000Z';
const PERIOD = { from: '2026-11-23', to: '2026-11-29' };

describe('the board’s pictures', () => {
  it('are 160 px JPEG data: URIs, upright; a video and a lost file are left out', async () => {
    const dir = tempDataDir();
    const media = new MediaService(dir);
    const upright = await media.attach('upright.jpg', await jpeg(800, 400, { orientation: 6 }));
    const wide = await media.attach('affisch.png', await png(1600, 900));
    const video = await media.attach('film.mp4', mp4Header());
    const lost = await media.attach('borta.png', await png(300, 300, { r: 1, g: 2, b: 3 }));
    rmSync(join(mediaFolder(dir), lost.file));
    rmSync(join(mediaFolder(dir), lost.file.replace('.png', '.thumb.webp')));
    const pairs = new Map(await media.boardThumbnails([upright.file, wide.file, video.file, lost.file]));
    expect([...pairs.keys()]).toEqual([upright.file, wide.file]);
    for (const uri of pairs.values()) expect(isBoardThumbnail(uri)).toBe(true);
    const sizeOf = async (uri: string) => {
      const meta = await sharp(Buffer.from(uri.split(',')[1]!, 'base64')).metadata();
      return [meta.format, meta.width, meta.height];
    };
    expect(await sizeOf(pairs.get(upright.file)!)).toEqual(['jpeg', 80, 160]);
    expect(await sizeOf(pairs.get(wide.file)!)).toEqual(['jpeg', 160, 90]);
  });

  it('keep a board of 40 photos (noise, JPEG’s worst case) one file under 1 MB', async () => {
    const dir = tempDataDir();
    const media = new MediaService(dir);
    let plan = emptyPlan();
    for (let index = 0; index < 10; index += 1) {
      const refs: MediaRef[] = [];
      for (let n = 0; n < 4; n += 1) {
        const stored = await media.attach(`bild-${index}-${n}.jpg`, await jpeg(600 + index * 10 + n, 750, { noise: true }));
        refs.push({ ...stored, id: `m${index}-${n}`, altText: `Bild ${n + 1}`, channels: null });
      }
      const id = `p${index}`;
      plan = applyCommand(
        plan,
        { type: 'item.create', id, title: `Inlägg ${index}`, date: '2026-11-24', channels: ['instagram'] },
        NOW,
      );
      plan = applyCommand(plan, { type: 'media.add', id, media: refs }, NOW);
    }
    const files = boardThumbnailFiles(plan, PERIOD);
    expect(files).toHaveLength(40);
    const thumbnails = new Map(await media.boardThumbnails(files));
    const html = boardHtml({ plan, period: PERIOD, now: '2026-11-25T07:30', language: 'sv', thumbnails });
    expect(html.match(/<img src="data:image\/jpeg;base64,/g)).toHaveLength(40);
    expect(html.length).toBeLessThan(1024 * 1024);
    // Eighty images through sharp (made, then stored): 13 s alone on this 2-core machine, and
    // past the suite's 30 s beside the other test files; a slow machine is no failure.
  }, 120_000);
});
