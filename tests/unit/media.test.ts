// Images on a post in the domain: the commands (and their undo, as every step's), what the bytes
// are, and which image goes to which channel.
import { describe, expect, it } from 'vitest';
import { applyCommand, PlanCommand } from '../../src-shared/plan/commands';
import type { MediaRef, Plan } from '../../src-shared/plan/model';
import { sniffMedia } from '../../src-shared/media/sniff';
import { mediaRefusal } from '../../src-shared/media/refusals';
import { mediaFor, toggledChannels } from '../../src-shared/media/for-channel';
import { DomainError } from '../../src-shared/ipc/errors';
import { say } from '../../src-shared/i18n/messages';
import { planWith, stepsFor } from '../support/plans';

const LATER = '2026-11-25T09:00:00.000Z';
function ref(id: string, extra: Partial<MediaRef> = {}): MediaRef {
  return { id, file: `${id.padEnd(64, '0').slice(0, 64)}.jpg`, type: 'image/jpeg', bytes: 1000, width: 1080, height: 1350, altText: '', channels: null, ...extra };
}
const base = planWith(
  { type: 'item.create', id: 'p', title: 'Post', channels: ['website', 'instagram', 'x'] },
  { type: 'media.add', id: 'p', media: [ref('a'), ref('b'), ref('c')] },
);
const ids = (plan: Plan) => (plan.items[0]?.media ?? []).map((media) => media.id);
const apply = (command: PlanCommand, plan = base) => applyCommand(plan, command, LATER);

describe('media commands', () => {
  it('adds in order, and refuses an id the post already has', () => {
    expect(ids(base)).toEqual(['a', 'b', 'c']);
    expect(() => apply({ type: 'media.add', id: 'p', media: [ref('b')] })).toThrow(DomainError);
  });

  it.each([
    [0, ['c', 'a', 'b']],
    [1, ['a', 'c', 'b']],
    [2, ['a', 'b', 'c']],
    [9, ['a', 'b', 'c']],
  ])('moves the last to %i', (index, order) => {
    expect(ids(apply({ type: 'media.move', id: 'p', mediaId: 'c', index }))).toEqual(order);
  });

  it('updates alt text and channels of one image, and stamps the post', () => {
    const plan = apply({ type: 'media.update', id: 'p', mediaId: 'b', patch: { altText: 'Gruppbild', channels: ['instagram'] } });
    expect(plan.items[0]?.media?.[1]).toMatchObject({ altText: 'Gruppbild', channels: ['instagram'] });
    expect(plan.items[0]?.media?.[0]?.altText).toBe('');
    expect(plan.items[0]?.updatedAt).toBe(LATER);
  });

  it('removes only the reference; the last one removed leaves no media key, as before images', () => {
    let plan = apply({ type: 'media.remove', id: 'p', mediaId: 'a' });
    expect(ids(plan)).toEqual(['b', 'c']);
    plan = apply({ type: 'media.remove', id: 'p', mediaId: 'b' }, plan);
    plan = apply({ type: 'media.remove', id: 'p', mediaId: 'c' }, plan);
    expect(Object.hasOwn(plan.items[0]!, 'media')).toBe(false);
    expect(() => apply({ type: 'media.remove', id: 'p', mediaId: 'c' }, plan)).toThrow(/finns inte längre/);
  });

  it('an undo (the step of the fields changed, as main validates it) brings a removed image back in its place', () => {
    const { after: removed, undo } = stepsFor(base, { type: 'media.remove', id: 'p', mediaId: 'b' }, LATER);
    const undone = applyCommand(removed, PlanCommand.parse(undo), LATER);
    expect(ids(undone)).toEqual(['a', 'b', 'c']);
  });

  it('an undo of the first images leaves the post with no media key, as it was', () => {
    const bare = planWith({ type: 'item.create', id: 'q', title: 'Utan bilder' });
    const { after, undo, redo } = stepsFor(bare, { type: 'media.add', id: 'q', media: [ref('a')] }, LATER);
    const undone = applyCommand(after, PlanCommand.parse(undo), LATER);
    expect(Object.hasOwn(undone.items[0]!, 'media')).toBe(false);
    expect(applyCommand(undone, PlanCommand.parse(redo), LATER).items[0]?.media?.map((media) => media.id)).toEqual(['a']);
  });

  it('refuses a 21st image and a file name that is not a content hash', () => {
    const many = Array.from({ length: 18 }, (_, i) => ref(`m${i}`));
    expect(() => apply({ type: 'media.add', id: 'p', media: many })).toThrow(/högst 20 bilder/);
    const bad = PlanCommand.safeParse({ type: 'media.add', id: 'p', media: [ref('x', { file: '../../etc/passwd.jpg' })] });
    expect(bad.success).toBe(false);
  });
});

describe('which images go where', () => {
  it('an image with no list goes to every channel of the post but the website', () => {
    const item = base.items[0]!;
    expect(mediaFor(item, 'instagram').map((m) => m.id)).toEqual(['a', 'b', 'c']);
    expect(mediaFor(item, 'website')).toEqual([]);
  });

  it('turning a channel off lists the rest; turning it on again goes back to all (null)', () => {
    const item = base.items[0]!;
    const off = toggledChannels(item, ref('a'), 'x', false);
    expect(off).toEqual(['instagram']);
    expect(toggledChannels(item, ref('a', { channels: off }), 'x', true)).toBeNull();
  });
});

describe('what the bytes are', () => {
  const bytes = (...values: number[]) => new Uint8Array([...values, ...Array.from({ length: 32 }, () => 0)]);
  const text = (value: string) => new TextEncoder().encode(value);
  it.each([
    ['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0), 'image/jpeg'],
    ['PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'image/png'],
    ['GIF', text('GIF89a....'), 'image/gif'],
    ['WebP', text('RIFF\0\0\0\0WEBPVP8 '), 'image/webp'],
    ['MP4', text('\0\0\0\x18ftypisom\0\0\0\0'), 'video/mp4'],
    ['MOV', text('\0\0\0\x14ftypqt  \0\0\0\0'), 'video/quicktime'],
  ])('%s', (_name, data, type) => expect(sniffMedia(data)).toMatchObject({ kind: 'accepted', type }));

  it.each([
    ['HEIC', text('\0\0\0\x18ftypheic\0\0\0\0'), 'heic'],
    ['AVIF', text('\0\0\0\x18ftypavif\0\0\0\0'), 'heic'],
    ['SVG', text('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'svg'],
    ['SVG after a BOM, a declaration and a comment', text('\uFEFF<?xml version="1.0"?>\n<!-- x -->\n<svg>'), 'svg'],
    ['HTML', text('<html><body>'), 'unknown'],
    ['nothing', new Uint8Array(), 'unknown'],
  ])('%s is refused', (_name, data, reason) => expect(sniffMedia(data)).toEqual({ kind: 'refused', reason }));

  it.each([
    ['foto.JPEG', null],
    ['foto', null],
    ['foto.tmp', null],
    ['foto.png', 'foto.png är egentligen en JPG-fil, fast namnet säger något annat. Spara den med rätt filändelse och försök igen.'],
  ])('a JPEG named %s', (name, expected) => {
    const refusal = mediaRefusal(name, sniffMedia(bytes(0xff, 0xd8, 0xff)));
    expect(refusal && say('sv', refusal)).toBe(expected);
  });
});

