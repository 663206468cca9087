// A post's images go with it when it is reused (issue 19 with issue 18): "Duplicera", a template
// and a series carry the references, never copies (files in media/ never change), and a channel
// the settings no longer have is left out of an image's channels as it is out of the post's.
import { describe, expect, it } from 'vitest';
import { applyCommand, type PlanCommand } from '../../src-shared/plan/commands';
import type { MediaRef, Plan } from '../../src-shared/plan/model';
import { mediaFilesOf } from '../../src-shared/media/referenced';
import { contentOf } from '../../src-shared/templates/content';
import type { Repeat } from '../../src-shared/series/rule';
import { NOW, planWith } from '../support/plans';

const file = (n: number) => `${String(n).repeat(64)}.jpg`;
const MEDIA: MediaRef[] = [
  {
    id: 'm1',
    file: file(1),
    type: 'image/jpeg',
    bytes: 1000,
    width: 1080,
    height: 1350,
    altText: 'Kårledarna på trappan',
    channels: null,
  },
  { id: 'm2', file: file(2), type: 'image/jpeg', bytes: 2000, width: 1600, height: 900, altText: '', channels: ['x'] },
];

const apply = (plan: Plan, command: PlanCommand) => applyCommand(plan, command, NOW);

function withImages(): Plan {
  return planWith(
    {
      type: 'item.create',
      id: 'p',
      title: 'Kårledarträffen',
      status: 'approved',
      date: '2026-09-07',
      time: '08:00',
      channels: ['instagram', 'x'],
    },
    { type: 'media.add', id: 'p', media: MEDIA },
  );
}

describe('reusing a post with images', () => {
  it('Duplicera: the copy has the same images in the same order, with their alt texts and channels', () => {
    const plan = apply(withImages(), { type: 'item.duplicate', id: 'p', newId: 'c', title: 'Kårledarträffen (kopia)' });
    expect(plan.items.find((item) => item.id === 'c')?.media).toEqual(MEDIA);
    // Changing the copy's alt text leaves the original's as it was.
    const edited = apply(plan, { type: 'media.update', id: 'c', mediaId: 'm1', patch: { altText: 'Ny text' } });
    expect(edited.items.find((item) => item.id === 'p')?.media?.[0]?.altText).toBe('Kårledarna på trappan');
    expect(edited.items.find((item) => item.id === 'c')?.media?.[0]?.altText).toBe('Ny text');
  });

  it('a template keeps the images and "Nytt från mall…" puts them on the new idea', () => {
    const plan = withImages();
    const template = { id: 't', name: 'Träff', content: contentOf(plan.items[0]!) };
    expect(template.content.media).toEqual(MEDIA);
    const made = apply(apply(plan, { type: 'template.put', template }), { type: 'item.fromTemplate', templateId: 't', id: 'n' });
    expect(made.items.find((item) => item.id === 'n')?.media).toEqual(MEDIA);
    // The template alone names the files once the post is gone: the garbage keeps them, the ZIP carries them.
    const gone = apply(apply(plan, { type: 'template.put', template }), { type: 'items.put', items: [], removeIds: ['p'] });
    expect(mediaFilesOf(gone)).toEqual([file(1), file(2)]);
  });

  it('a template without images makes a post without, and a channel since removed leaves the image’s channels', () => {
    const plan = withImages();
    const bare = { id: 'b', name: 'Utan', content: contentOf(planWith({ type: 'item.create', id: 'q', title: 'Q' }).items[0]!) };
    expect(bare.content).not.toHaveProperty('media');
    const content = { ...contentOf(plan.items[0]!), media: [{ ...MEDIA[1]!, channels: ['x', 'custom-gone'] }] };
    const made = apply(apply(plan, { type: 'template.put', template: { id: 't', name: 'Gammal', content } }), {
      type: 'item.fromTemplate',
      templateId: 't',
      id: 'n',
    });
    expect(made.items.find((item) => item.id === 'n')?.media?.[0]?.channels).toEqual(['x']);
    const fromBare = apply(apply(plan, { type: 'template.put', template: bare }), {
      type: 'item.fromTemplate',
      templateId: 'b',
      id: 'm',
    });
    expect(fromBare.items.find((item) => item.id === 'm')).not.toHaveProperty('media');
  });

  it('a series makes each new post with the images', () => {
    const repeat: Repeat = {
      frequency: 'weekly',
      interval: 1,
      weekdays: [],
      monthly: 'dayOfMonth',
      until: '2026-10-05',
      count: null,
    };
    const plan = apply(withImages(), { type: 'series.create', id: 'p', seriesId: 's1', repeat, today: '2026-09-01' });
    const posts = plan.items.filter((item) => item.id !== 'p');
    expect(posts.length).toBeGreaterThan(2);
    for (const post of posts) expect(post.media).toEqual(MEDIA);
  });
});
