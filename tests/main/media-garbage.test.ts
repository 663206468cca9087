// A media file nothing names (not the plan, not any backup) is removed only after 30 days of
// being found so, with its thumbnail; one named again starts over. Backups hold names, not copies.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectMediaGarbage, referencedMedia } from '../../src-main/media/media-garbage';
import { MediaService } from '../../src-main/media/media-service';
import { mediaFolder } from '../../src-main/media/media-files';
import type { MediaFile, Plan } from '../../src-shared/plan/model';
import { jpeg, png } from '../support/images';
import { NOW, planWith } from '../support/plans';
import { applyCommand } from '../../src-shared/plan/commands';
import { contentOf } from '../../src-shared/templates/content';
import { openServices, tempDataDir } from '../support/store';

const day = (n: number) => new Date(Date.UTC(2026, 11, 2 + n, 10));

function planNaming(file: MediaFile): Plan {
  return planWith(
    { type: 'item.create', id: 'p', title: 'Post', channels: ['instagram'] },
    { type: 'media.add', id: 'p', media: [{ ...file, id: 'm', altText: '', channels: null }] },
  );
}

describe('media garbage', () => {
  it('keeps what the plan or a backup names, and removes the rest after 30 days, thumbnail and all', async () => {
    const dir = tempDataDir();
    const media = new MediaService(dir);
    const inPlan = await media.attach('a.jpg', await jpeg(200, 100));
    const inBackup = await media.attach('b.png', await png(100, 100));
    const orphan = await media.attach('c.jpg', await jpeg(100, 200));
    mkdirSync(join(dir, 'backups', '2026-11-20T10-00-00-000Z'), { recursive: true });
    writeFileSync(join(dir, 'backups', '2026-11-20T10-00-00-000Z', 'items-2026.json'), JSON.stringify({ media: [{ file: inBackup.file }] }));
    const plan = planNaming(inPlan);
    const look = (n: number) => collectMediaGarbage(dir, referencedMedia(plan, dir), day(n));

    expect(look(0)).toEqual([]);
    expect(look(29)).toEqual([]);
    expect(existsSync(join(mediaFolder(dir), orphan.file))).toBe(true);
    expect(look(30)).toEqual([orphan.file]);
    const left = readdirSync(mediaFolder(dir));
    expect(left).not.toContain(orphan.file);
    expect(left).not.toContain(orphan.file.replace('.jpg', '.thumb.webp'));
    expect(left).toEqual(expect.arrayContaining([inPlan.file, inBackup.file]));
    expect(look(400)).toEqual([]);
  });

  it('keeps a file only a template or a series names: the posts they make will need it', async () => {
    const dir = tempDataDir();
    const media = new MediaService(dir);
    const kept = await media.attach('mall.jpg', await jpeg(200, 100));
    const post = planNaming(kept);
    const content = contentOf(post.items[0]!);
    const onlyTemplate = applyCommand(
      applyCommand(post, { type: 'template.put', template: { id: 't', name: 'Mall', content } }, NOW),
      { type: 'items.put', items: [], removeIds: ['p'] },
      NOW,
    );
    expect(onlyTemplate.items).toEqual([]);
    expect(collectMediaGarbage(dir, referencedMedia(onlyTemplate, dir), day(0))).toEqual([]);
    expect(collectMediaGarbage(dir, referencedMedia(onlyTemplate, dir), day(90))).toEqual([]);
    expect(existsSync(join(mediaFolder(dir), kept.file))).toBe(true);
  });

  it('a file named again (an undo, a restore) starts its 30 days over', async () => {
    const dir = tempDataDir();
    const file = await new MediaService(dir).attach('a.jpg', await jpeg(200, 100));
    const none = planWith();
    expect(collectMediaGarbage(dir, referencedMedia(none, dir), day(0))).toEqual([]);
    expect(collectMediaGarbage(dir, referencedMedia(planNaming(file), dir), day(20))).toEqual([]);
    expect(collectMediaGarbage(dir, referencedMedia(none, dir), day(31))).toEqual([]);
    expect(collectMediaGarbage(dir, referencedMedia(none, dir), day(61))).toEqual([file.file]);
  });
});

describe('backups and images', () => {
  it('a restore brings an image back by reference: the backup holds its name, media/ still holds its file', async () => {
    const dir = tempDataDir();
    const services = openServices(dir);
    const file = await services.media.attach('a.jpg', await jpeg(300, 200));
    services.plan.apply({ type: 'item.create', id: 'p', title: 'Post', channels: ['instagram'] });
    services.plan.apply({ type: 'media.add', id: 'p', media: [{ ...file, id: 'm', altText: 'En bild', channels: null }] });
    const backup = services.store.backupByHand();
    services.plan.apply({ type: 'media.remove', id: 'p', mediaId: 'm' });
    services.store.flush();
    // The snapshot copied no image: only the partitions' JSON.
    const snapshot = readdirSync(join(dir, 'backups', backup!.id));
    expect(snapshot.every((name) => name.endsWith('.json'))).toBe(true);
    expect(collectMediaGarbage(dir, referencedMedia(services.plan.current().plan, dir), day(90))).toEqual([]);
    const restored = services.plan.restoreBackup(backup!.id);
    expect(restored.plan.items[0]?.media?.[0]?.file).toBe(file.file);
    expect(existsSync(join(mediaFolder(dir), file.file))).toBe(true);
  });
});
