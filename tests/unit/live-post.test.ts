// Marking posts published, and the hub link that stops following the title once a post is live.
import { describe, expect, it } from 'vitest';
import { channelReadyText, hubUrl } from '../../src-shared/channels';
import { applyCommand, columnOf, PlanCommand } from '../../src-shared/plan/commands';
import { normaliseLiveUrl } from '../../src-shared/publishing/live-post';
import { Plan, type ContentItem } from '../../src-shared/plan/model';
import { defaultSettings } from '../../src-shared/settings/policy';
import { planWith, stepsFor } from '../support/plans';

const LATER = '2026-11-25T09:00:00.000Z';
const LINK = 'https://x.com/ssco/status/1';
const settings = defaultSettings();

// "two": approved, X and Facebook. "one": approved, X only. "web": approved with a website
// variant and no slug (as stored before slugs were fixed). "draft": a draft with a website.
const base = planWith(
  { type: 'item.create', id: 'two', title: 'Två kanaler', status: 'approved', date: '2026-11-26', time: '08:00' },
  { type: 'variant.add', id: 'two', channel: 'x' },
  { type: 'variant.add', id: 'two', channel: 'facebook' },
  { type: 'item.create', id: 'one', title: 'En kanal', status: 'approved', date: '2026-11-26' },
  { type: 'variant.add', id: 'one', channel: 'x' },
  { type: 'item.create', id: 'old', title: 'Redan ute', status: 'published', date: '2026-11-20' },
  { type: 'item.create', id: 'draft', title: 'Öppet hus på campus', status: 'draft' },
  { type: 'variant.add', id: 'draft', channel: 'website' },
  { type: 'variant.add', id: 'draft', channel: 'x' },
);

function itemIn(plan: Plan, id: string): ContentItem {
  const item = plan.items.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`no item ${id}`);
  return item;
}

function run(plan: Plan, ...commands: PlanCommand[]): Plan {
  return commands.reduce((current, command) => applyCommand(current, PlanCommand.parse(command), LATER), plan);
}

describe('variant.publish and variant.unpublish', () => {
  const cases: Array<{ name: string; commands: PlanCommand[]; id: string; status: string; variants: object[] }> = [
    {
      name: 'one of two variants out: stamped with now and its link, the item stays Godkänd',
      commands: [{ type: 'variant.publish', id: 'two', channel: 'x', url: LINK }],
      id: 'two',
      status: 'approved',
      variants: [
        { channel: 'x', publishedAt: LATER, publishedUrl: LINK },
        { channel: 'facebook', publishedAt: null, publishedUrl: '' },
      ],
    },
    {
      name: 'the last variant out moves the item to Publicerad in the same step',
      commands: [
        { type: 'variant.publish', id: 'two', channel: 'x', url: LINK },
        { type: 'variant.publish', id: 'two', channel: 'facebook', url: '' },
      ],
      id: 'two',
      status: 'published',
      variants: [
        { channel: 'x', publishedAt: LATER, publishedUrl: LINK },
        { channel: 'facebook', publishedAt: LATER, publishedUrl: '' },
      ],
    },
    {
      name: 'the only variant out moves the item at once',
      commands: [{ type: 'variant.publish', id: 'one', channel: 'x', url: '' }],
      id: 'one',
      status: 'published',
      variants: [{ channel: 'x', publishedAt: LATER, publishedUrl: '' }],
    },
    {
      name: 'marking again keeps when it went out and takes the new link',
      commands: [
        { type: 'variant.publish', id: 'two', channel: 'x', url: '' },
        { type: 'variant.publish', id: 'two', channel: 'x', url: LINK },
      ],
      id: 'two',
      status: 'approved',
      variants: [{ channel: 'x', publishedAt: LATER, publishedUrl: LINK }, { channel: 'facebook' }],
    },
    {
      name: 'unpublish takes the mark and the link back',
      commands: [
        { type: 'variant.publish', id: 'two', channel: 'x', url: LINK },
        { type: 'variant.unpublish', id: 'two', channel: 'x' },
      ],
      id: 'two',
      status: 'approved',
      variants: [{ channel: 'x', publishedAt: null, publishedUrl: '' }, { channel: 'facebook' }],
    },
    {
      name: 'unpublish in Publicerad moves the item back to Godkänd',
      commands: [
        { type: 'variant.publish', id: 'one', channel: 'x', url: LINK },
        { type: 'variant.unpublish', id: 'one', channel: 'x' },
      ],
      id: 'one',
      status: 'approved',
      variants: [{ channel: 'x', publishedAt: null, publishedUrl: '' }],
    },
  ];

  it.each(cases)('$name', ({ commands, id, status, variants }) => {
    const snapshot = structuredClone(base);
    const next = run(base, ...commands);
    expect(itemIn(next, id).status).toBe(status);
    expect(itemIn(next, id).variants).toMatchObject(variants);
    expect(Plan.parse(next)).toEqual(next);
    expect(base).toEqual(snapshot); // pure
  });

  it('puts an item that goes out at the top of Publicerad', () => {
    const next = run(base, { type: 'variant.publish', id: 'one', channel: 'x', url: '' });
    expect(columnOf(next, 'published').map((item) => item.id)).toEqual(['one', 'old']);
    expect(columnOf(next, 'approved').map((item) => item.id)).toEqual(['two']);
  });

  it('marks every variant not yet marked when the card itself is moved to Publicerad', () => {
    const marked = run(base, { type: 'variant.publish', id: 'two', channel: 'x', url: LINK });
    const moved = run(marked, { type: 'item.move', id: 'two', status: 'published', index: 0 });
    const variants = itemIn(moved, 'two').variants.map((v) => [v.channel, v.publishedAt, v.publishedUrl]);
    expect(variants).toEqual([
      ['x', LATER, LINK],
      ['facebook', LATER, ''],
    ]);
    // Moved within Publicerad, or out of it, nothing is marked anew.
    const draft = run(base, { type: 'item.move', id: 'draft', status: 'review', index: 0 });
    expect(itemIn(draft, 'draft').variants.every((v) => v.publishedAt === null)).toBe(true);
  });

  // Found by mutation testing: nothing checked that a card whose status stays keeps its place,
  // nor that a move within Publicerad leaves a channel added since unmarked.
  it('leaves a card in its place when publishing or taking back a channel keeps its status', () => {
    const approved = (plan: Plan) => columnOf(plan, 'approved').map((item) => item.id);
    expect(approved(base)).toEqual(['one', 'two']);
    const marked = run(base, { type: 'variant.publish', id: 'two', channel: 'x', url: LINK });
    expect(approved(run(marked, { type: 'variant.unpublish', id: 'two', channel: 'x' }))).toEqual(['one', 'two']);

    const out = run(
      base,
      { type: 'variant.publish', id: 'one', channel: 'x', url: '' },
      { type: 'variant.add', id: 'old', channel: 'x' },
    );
    expect(columnOf(out, 'published').map((item) => item.id)).toEqual(['one', 'old']);
    const again = run(out, { type: 'variant.publish', id: 'old', channel: 'x', url: LINK });
    expect(columnOf(again, 'published').map((item) => item.id)).toEqual(['one', 'old']);
  });

  it('marks nothing anew when a card moves within Publicerad', () => {
    const added = run(base, { type: 'variant.add', id: 'old', channel: 'linkedin' });
    const moved = run(added, { type: 'item.move', id: 'old', status: 'published', index: 0 });
    expect(itemIn(moved, 'old').variants.map((v) => v.publishedAt)).toEqual([null]);
  });

  it('is undone whole by the history step, status and column place included', () => {
    const { after: next, undo } = stepsFor(base, { type: 'variant.publish', id: 'one', channel: 'x', url: LINK }, LATER);
    const undone = applyCommand(next, undo, LATER);
    const { updatedAt: _a, ...restored } = itemIn(undone, 'one');
    const { updatedAt: _b, ...original } = itemIn(base, 'one');
    expect(restored).toEqual(original);
    expect(columnOf(undone, 'approved').map((item) => item.id)).toEqual(columnOf(base, 'approved').map((item) => item.id));
  });

  it.each([
    { name: 'a missing item', command: { type: 'variant.publish', id: 'zz', channel: 'x', url: '' }, code: 'item-not-found' },
    {
      name: 'a channel the item lacks',
      command: { type: 'variant.publish', id: 'one', channel: 'instagram', url: '' },
      code: 'variant-not-found',
    },
    {
      name: 'unpublish a channel the item lacks',
      command: { type: 'variant.unpublish', id: 'one', channel: 'linkedin' },
      code: 'variant-not-found',
    },
  ] as Array<{ name: string; command: PlanCommand; code: string }>)('refuses $name', ({ command, code }) => {
    expect(() => applyCommand(base, command, LATER)).toThrow(expect.objectContaining({ code }));
  });

  it.each(['x.com/ssco/status/1', 'javascript:alert(1)', 'https://localhost/a', 'https://x.com/a b', 'ftp://x.com/a'])(
    'refuses the link %s at the schema',
    (url) => {
      expect(PlanCommand.safeParse({ type: 'variant.publish', id: 'one', channel: 'x', url }).success).toBe(false);
    },
  );
});

describe('the hub link is fixed once the post is live', () => {
  const hub = (plan: Plan, id: string) => hubUrl(itemIn(plan, id), settings);
  const rename: PlanCommand = { type: 'item.update', id: 'draft', patch: { title: 'Nytt namn' } };

  const cases: Array<{ name: string; commands: PlanCommand[]; slug: string; url: string }> = [
    {
      name: 'a draft follows its title',
      commands: [rename],
      slug: '',
      url: 'https://www.ssco.se/nytt-namn',
    },
    {
      name: 'moving to Godkänd stores the slug, and a later rename keeps the link',
      commands: [{ type: 'item.move', id: 'draft', status: 'approved', index: 0 }, rename],
      slug: 'oppet-hus-pa-campus',
      url: 'https://www.ssco.se/oppet-hus-pa-campus',
    },
    {
      name: 'moving straight to Publicerad stores it too',
      commands: [{ type: 'item.move', id: 'draft', status: 'published', index: 0 }, rename],
      slug: 'oppet-hus-pa-campus',
      url: 'https://www.ssco.se/oppet-hus-pa-campus',
    },
    {
      name: 'publishing one variant of a draft stores it',
      commands: [{ type: 'variant.publish', id: 'draft', channel: 'x', url: '' }, rename],
      slug: 'oppet-hus-pa-campus',
      url: 'https://www.ssco.se/oppet-hus-pa-campus',
    },
    {
      name: 'a slug typed on purpose is kept as it is',
      commands: [
        { type: 'variant.update', id: 'draft', channel: 'website', patch: { slug: 'oppet-hus' } },
        { type: 'item.move', id: 'draft', status: 'approved', index: 0 },
        rename,
      ],
      slug: 'oppet-hus',
      url: 'https://www.ssco.se/oppet-hus',
    },
    {
      name: 'a live slug stays editable: changing it on purpose moves the link',
      commands: [
        { type: 'item.move', id: 'draft', status: 'approved', index: 0 },
        { type: 'variant.update', id: 'draft', channel: 'website', patch: { slug: 'ny-adress' } },
      ],
      slug: 'ny-adress',
      url: 'https://www.ssco.se/ny-adress',
    },
  ];

  it.each(cases)('$name', ({ commands, slug, url }) => {
    const next = run(base, ...commands);
    expect(itemIn(next, 'draft').variants.find((v) => v.channel === 'website')?.slug).toBe(slug);
    expect(hub(next, 'draft')).toBe(url);
  });

  it('an approved post stored with an empty slug keeps its link when renamed', () => {
    // As stored before slugs were fixed: approved, website variant, empty slug.
    const legacy = {
      ...base,
      items: base.items.map((item) => (item.id === 'draft' ? { ...item, status: 'approved' as const } : item)),
    };
    expect(hub(legacy, 'draft')).toBe('https://www.ssco.se/oppet-hus-pa-campus');
    const renamed = run(legacy, rename);
    expect(itemIn(renamed, 'draft').title).toBe('Nytt namn');
    expect(hub(renamed, 'draft')).toBe('https://www.ssco.se/oppet-hus-pa-campus');
  });

  it('a website added to an approved post gets its slug at once', () => {
    const next = run(base, { type: 'variant.add', id: 'two', channel: 'website' });
    expect(itemIn(next, 'two').variants.find((v) => v.channel === 'website')?.slug).toBe('tva-kanaler');
  });

  it('the X text that is copied and exported carries the fixed link after a rename', () => {
    const approved = run(base, { type: 'item.move', id: 'draft', status: 'approved', index: 0 }, rename);
    const item = itemIn(approved, 'draft');
    const x = item.variants.find((v) => v.channel === 'x')!;
    expect(channelReadyText(item, x, settings)).toBe('https://www.ssco.se/oppet-hus-pa-campus');
  });

  it('a title with nothing to make a slug from leaves the slug empty', () => {
    const next = run(
      base,
      { type: 'item.update', id: 'draft', patch: { title: '!!!' } },
      { type: 'item.move', id: 'draft', status: 'approved', index: 0 },
    );
    expect(itemIn(next, 'draft').variants.find((v) => v.channel === 'website')?.slug).toBe('');
  });
});

describe('normaliseLiveUrl', () => {
  it.each([
    ['', ''],
    ['   ', ''],
    ['https://x.com/ssco/status/1', 'https://x.com/ssco/status/1'],
    [' https://www.facebook.com/ssco/posts/123?x=1#c ', 'https://www.facebook.com/ssco/posts/123?x=1#c'],
    ['x.com/ssco/status/1', 'https://x.com/ssco/status/1'],
    ['linkedin.com:443/feed/update/1', 'https://linkedin.com:443/feed/update/1'],
    ['http://ssco.se', 'http://ssco.se'],
    ['https://www.ssco.se/öppet-hus', 'https://www.ssco.se/öppet-hus'],
    ['publicerad', null],
    ['javascript:alert(1)', null],
    ['mailto:info@ssco.se', null],
    ['https://x.com/a b', null],
    ['https://', null],
  ] as Array<[string, string | null]>)('%j → %j', (typed, expected) => {
    expect(normaliseLiveUrl(typed)).toBe(expected);
  });
});
