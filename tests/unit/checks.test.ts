import { describe, expect, it } from 'vitest';
import { checkItem, countBySeverity, type CheckRule, type Finding } from '../../src-shared/checks/checks';
import { applyCommand, PlanCommand } from '../../src-shared/plan/commands';
import type { ChannelId, ContentItem, MediaRef, Plan, Settings } from '../../src-shared/plan/model';
import { defaultSettings } from '../../src-shared/settings/policy';
import { say } from '../../src-shared/i18n/messages';
import { NOW, planWith } from '../support/plans';

/** Checks take local wall-clock time, not the UTC timestamps the commands stamp. */
const LOCAL_NOW = '2026-11-24T10:00';
const HUB = 'https://www.ssco.se/oppet-hus';

/** An approved item that passes every check: each case below breaks one thing. */
const clean = planWith(
  { type: 'item.create', id: 'a', title: 'Öppet hus', status: 'approved', date: '2026-12-01', time: '09:00' },
  {
    type: 'item.update',
    id: 'a',
    patch: { audiences: ['students'], principles: { openness: true, clarity: true, credibility: true } },
  },
  ...(['website', 'x', 'instagram', 'facebook', 'linkedin'] as const).map((channel): PlanCommand => ({
    type: 'variant.add',
    id: 'a',
    channel,
  })),
  { type: 'variant.update', id: 'a', channel: 'website', patch: { text: 'Välkommen på öppet hus.', slug: 'oppet-hus' } },
  { type: 'variant.update', id: 'a', channel: 'x', patch: { text: 'Öppet hus på tisdag!' } },
  {
    type: 'variant.update',
    id: 'a',
    channel: 'instagram',
    patch: { text: 'Kom på öppet hus!', mediaNote: 'Bild från entrén', altText: 'Studenter i entrén' },
  },
  { type: 'variant.update', id: 'a', channel: 'facebook', patch: { text: 'Öppet hus på tisdag.' } },
  { type: 'variant.update', id: 'a', channel: 'linkedin', patch: { text: 'Vi söker funktionärer till öppet hus.' } },
  { type: 'media.add', id: 'a', media: [image('bild', { altText: 'Studenter i entrén' })] },
);

/** An image reference as main stores one: a 1080 × 1350 JPEG of 400 kB unless said otherwise. */
function image(id: string, extra: Partial<MediaRef> = {}): MediaRef {
  const file = `${id.padEnd(64, 'a').slice(0, 64).replace(/[^a-f0-9]/g, 'a')}.jpg`;
  return { id, file, type: 'image/jpeg', bytes: 400 * 1024, width: 1080, height: 1350, altText: 'En bild', channels: null, ...extra };
}

const addImage = (id: string, extra: Partial<MediaRef>): PlanCommand => ({ type: 'media.add', id: 'a', media: [image(id, extra)] });

function itemOf(plan: Plan): ContentItem {
  const item = plan.items.find((candidate) => candidate.id === 'a');
  if (!item) throw new Error('fixture');
  return item;
}

function variant(channel: ChannelId, patch: Extract<PlanCommand, { type: 'variant.update' }>['patch']): PlanCommand {
  return { type: 'variant.update', id: 'a', channel, patch };
}

function withCommands(plan: Plan, commands: PlanCommand[]): Plan {
  return commands.reduce((next, command) => applyCommand(next, command, NOW), plan);
}

interface Case {
  name: string;
  commands: PlanCommand[];
  settings?: (settings: Settings) => Settings;
  rule: CheckRule;
  severity?: Finding['severity'];
  channel?: ChannelId | null;
  /** Some words of the Swedish message, to see the numbers landed. */
  says?: RegExp;
}

const disable =
  (id: ChannelId) =>
  (settings: Settings): Settings => ({
    ...settings,
    channels: settings.channels.map((channel) => (channel.id === id ? { ...channel, enabled: false } : channel)),
  });

const firing: Case[] = [
  {
    name: 'LinkedIn over 3 000, the appended hub link included',
    commands: [variant('linkedin', { text: 'a'.repeat(3_001 - HUB.length - 1) })],
    rule: 'over-limit',
    severity: 'error',
    channel: 'linkedin',
    says: /3\s001 tecken, 1 för många/,
  },
  {
    name: 'Instagram over 2 200 with its hashtags',
    commands: [variant('instagram', { text: 'a'.repeat(2_195), hashtags: ['kårval'] })],
    rule: 'over-limit',
    channel: 'instagram',
  },
  {
    name: 'long X becomes a thread',
    commands: [variant('x', { text: 'ord '.repeat(100) })],
    rule: 'x-thread',
    severity: 'info',
    channel: 'x',
    says: /tråd i 2 delar/,
  },
  {
    name: 'link in the Instagram caption',
    commands: [variant('instagram', { text: 'Läs mer på ssco.se/val' })],
    rule: 'instagram-link',
    severity: 'warning',
    says: /länk i bio/,
  },
  {
    name: 'six hashtags on Instagram, text and field together',
    commands: [variant('instagram', { text: '#a #b #c #d', hashtags: ['e', '#f', 'A'] })],
    rule: 'instagram-hashtags',
    severity: 'error',
    says: /högst 5 hashtaggar, men inlägget har 6/,
  },
  {
    name: 'Instagram without alt text, no image attached yet',
    commands: [{ type: 'media.remove', id: 'a', mediaId: 'bild' }, variant('instagram', { altText: ' ' })],
    rule: 'instagram-alt-text',
    severity: 'warning',
  },
  {
    name: 'an image without alt text: once, whatever its channels',
    commands: [{ type: 'media.update', id: 'a', mediaId: 'bild', patch: { altText: ' ' } }],
    rule: 'media-alt-text',
    severity: 'warning',
    channel: null,
    says: /Bild 1 saknar alt-text/,
  },
  {
    name: 'Instagram with every image left out for it',
    commands: [{ type: 'media.update', id: 'a', mediaId: 'bild', patch: { channels: ['x'] } }],
    rule: 'instagram-media',
    channel: 'instagram',
  },
  {
    name: 'five images for X, which takes four',
    commands: ['b', 'c', 'd', 'e'].map((id) => addImage(id, { channels: ['x'] })),
    rule: 'media-too-many',
    severity: 'error',
    channel: 'x',
    says: /X \(Twitter\) tar högst 4 bilder, men inlägget har 5/,
  },
  {
    name: 'a 9:16 image on Instagram, which shows 4:5 to 1.91:1',
    commands: [addImage('hog', { width: 1080, height: 1920, channels: ['instagram'] })],
    rule: 'media-aspect',
    severity: 'warning',
    channel: 'instagram',
    says: /bild 2 har formatet 0,56:1; Instagram visar 0,8:1 till 1,91:1/,
  },
  {
    name: "a square second slide in an Instagram carousel whose first slide is 4:5",
    commands: [addImage('ruta', { width: 1080, height: 1080, channels: ['instagram'] })],
    rule: 'media-carousel-crop',
    severity: 'warning',
    channel: 'instagram',
    says: /Instagram: bild 2 har formatet 1:1 men visas i karusellen i bild 1:s format, 0,8:1, och beskärs/,
  },
  {
    name: 'a 6 MB photo for X, which takes 5 MB',
    commands: [addImage('stor', { bytes: 6 * 1024 * 1024, channels: ['x'] })],
    rule: 'media-too-large',
    severity: 'error',
    channel: 'x',
    says: /bild 2 är 6 MB; X \(Twitter\) tar högst 5 MB/,
  },
  {
    name: 'a 300 pixels wide image on Instagram',
    commands: [addImage('smal', { width: 300, height: 300, channels: ['instagram'] })],
    rule: 'media-narrow',
    severity: 'info',
    channel: 'instagram',
  },
  {
    name: 'Instagram without an image or a note of one',
    commands: [{ type: 'media.remove', id: 'a', mediaId: 'bild' }, variant('instagram', { mediaNote: ' ' })],
    rule: 'instagram-media',
    severity: 'warning',
    says: /Instagram: lägg till en bild. Utan bild går inlägget inte ut./,
  },
  {
    name: 'Instagram with only a note of its image',
    commands: [{ type: 'media.remove', id: 'a', mediaId: 'bild' }, variant('instagram', { mediaNote: 'Gruppbilden' })],
    rule: 'instagram-media',
    severity: 'info',
    says: /bara som anteckning/,
  },
  {
    name: 'no audience',
    commands: [{ type: 'item.update', id: 'a', patch: { audiences: [] } }],
    rule: 'no-audience',
    severity: 'warning',
    channel: null,
  },
  {
    name: 'approved with an empty X text',
    commands: [variant('x', { text: '  ' })],
    rule: 'approved-empty-variant',
    severity: 'error',
    channel: 'x',
    says: /status Godkänd/,
  },
  {
    name: 'published with an empty website text',
    commands: [{ type: 'item.move', id: 'a', status: 'published', index: 0 }, variant('website', { text: '' })],
    rule: 'approved-empty-variant',
    channel: 'website',
  },
  {
    name: 'a draft with an empty Facebook text (work not yet done, which the export still shows)',
    commands: [{ type: 'item.move', id: 'a', status: 'draft', index: 0 }, variant('facebook', { text: ' ' })],
    rule: 'empty-variant',
    severity: 'info',
    channel: 'facebook',
    says: /^Facebook: texten är tom ännu\.$/,
  },
  {
    name: 'a variant linking elsewhere than the hub',
    commands: [variant('facebook', { link: 'https://example.com/anmalan' })],
    rule: 'foreign-link',
    severity: 'warning',
    channel: 'facebook',
    says: /i stället för till hemsidan/,
  },
  {
    name: 'a website variant with no address to link to',
    // In review: renaming an approved post would keep its link (the slug is fixed once approved).
    commands: [
      { type: 'item.move', id: 'a', status: 'review', index: 0 },
      variant('website', { slug: '' }),
      { type: 'item.update', id: 'a', patch: { title: '!!!' } },
    ],
    rule: 'missing-hub-link',
    channel: 'website',
    says: /slug/,
  },
  {
    name: 'no website base URL in Settings',
    commands: [],
    settings: (s) => ({ ...s, websiteBaseUrl: '' }),
    rule: 'missing-hub-link',
    channel: 'website',
    says: /Inställningar/,
  },
  {
    name: 'its time has passed',
    commands: [{ type: 'item.schedule', id: 'a', date: '2026-11-24', time: '09:59' }],
    rule: 'past-unpublished',
    severity: 'warning',
    channel: null,
    says: /2026-11-24 09:59/,
  },
  {
    name: 'its day has passed, with no time',
    commands: [{ type: 'item.schedule', id: 'a', date: '2026-11-23', time: null }],
    rule: 'past-unpublished',
    says: /2026-11-23 har passerat/,
  },
  {
    name: 'a variant’s own date has passed',
    commands: [variant('x', { date: '2026-11-20' })],
    rule: 'past-unpublished',
    says: /2026-11-20 09:00/,
  },
  {
    name: 'approved with one principle unticked',
    commands: [{ type: 'item.update', id: 'a', patch: { principles: { openness: true, clarity: false, credibility: true } } }],
    rule: 'principles-unchecked',
    severity: 'error',
    says: /principen Tydlighet är inte avbockad/,
  },
  {
    name: 'approved with two principles unticked',
    commands: [{ type: 'item.update', id: 'a', patch: { principles: { openness: false, clarity: false, credibility: true } } }],
    rule: 'principles-unchecked',
    says: /principerna Öppenhet och Tydlighet är inte avbockade/,
  },
  {
    name: 'no channels',
    commands: (['website', 'x', 'instagram', 'facebook', 'linkedin'] as const).map((channel): PlanCommand => ({
      type: 'variant.remove',
      id: 'a',
      channel,
    })),
    rule: 'no-variant',
    severity: 'info',
    channel: null,
  },
  {
    name: 'a variant on a channel turned off',
    commands: [],
    settings: disable('linkedin'),
    rule: 'channel-disabled',
    severity: 'warning',
    channel: 'linkedin',
    says: /LinkedIn är avstängd/,
  },
];

const quiet: Case[] = [
  { name: 'four images for X', commands: ['b', 'c', 'd'].map((id) => addImage(id, { channels: ['x'] })), rule: 'media-too-many' },
  { name: 'a 1.91:1 image on Instagram', commands: [addImage('bred', { width: 1910, height: 1000 })], rule: 'media-aspect' },
  { name: 'a 4:5 image on Instagram', commands: [addImage('hog', { width: 1080, height: 1350 })], rule: 'media-aspect' },
  { name: 'a second 4:5 slide, a pixel off, in a 4:5 carousel', commands: [addImage('lik', { width: 1080, height: 1349 })], rule: 'media-carousel-crop' },
  { name: 'a square second image on Facebook, which has no carousel frame', commands: [addImage('ruta', { width: 1080, height: 1080, channels: ['facebook'] })], rule: 'media-carousel-crop' },
  { name: 'a 9:16 image on X, which shows any shape', commands: [addImage('hog', { width: 1080, height: 1920, channels: ['x'] })], rule: 'media-aspect' },
  { name: 'an 8 MB photo for Instagram only', commands: [addImage('stor', { bytes: 8 * 1024 * 1024, channels: ['instagram'] })], rule: 'media-too-large' },
  { name: 'a 50 MB video', commands: [addImage('film', { type: 'video/mp4', file: `${'f'.repeat(64)}.mp4`, bytes: 50 * 1024 * 1024, width: null, height: null })], rule: 'media-too-large' },
  {
    name: 'LinkedIn at exactly 3 000',
    commands: [variant('linkedin', { text: 'a'.repeat(3_000 - HUB.length - 1) })],
    rule: 'over-limit',
  },
  { name: 'long X text (a thread, not an error)', commands: [variant('x', { text: 'ord '.repeat(100) })], rule: 'over-limit' },
  { name: 'X within 280 is no thread', commands: [variant('x', { text: 'a'.repeat(280 - 24) })], rule: 'x-thread' },
  { name: 'a link on Facebook', commands: [variant('facebook', { text: 'Läs mer på ssco.se/val' })], rule: 'instagram-link' },
  {
    name: 'five hashtags on Instagram, duplicates counted once',
    commands: [variant('instagram', { text: '#a #b #C', hashtags: ['c', 'd', '#e', 'A'] })],
    rule: 'instagram-hashtags',
  },
  {
    name: 'empty text while still a draft',
    commands: [{ type: 'item.move', id: 'a', status: 'draft', index: 0 }, variant('x', { text: '' })],
    rule: 'approved-empty-variant',
  },
  {
    name: 'own link that is the hub in another spelling',
    commands: [variant('facebook', { link: 'ssco.se/oppet-hus/' })],
    rule: 'foreign-link',
  },
  {
    name: 'own link elsewhere, hub in the text',
    commands: [variant('linkedin', { link: 'https://example.com/jobb', text: `Läs mer: ${HUB}` })],
    rule: 'foreign-link',
  },
  {
    name: 'Instagram’s own link is never asked for',
    commands: [variant('instagram', { link: 'https://example.com' })],
    rule: 'foreign-link',
  },
  {
    name: 'no website variant: nothing to link to',
    commands: [{ type: 'variant.remove', id: 'a', channel: 'website' }],
    rule: 'foreign-link',
  },
  {
    name: 'today with no time has not passed',
    commands: [{ type: 'item.schedule', id: 'a', date: '2026-11-24', time: null }],
    rule: 'past-unpublished',
  },
  {
    name: 'at exactly now has not passed',
    commands: [{ type: 'item.schedule', id: 'a', date: '2026-11-24', time: '10:00' }],
    rule: 'past-unpublished',
  },
  {
    name: 'past but published',
    commands: [
      { type: 'item.schedule', id: 'a', date: '2026-11-01' },
      { type: 'item.move', id: 'a', status: 'published', index: 0 },
    ],
    rule: 'past-unpublished',
  },
  {
    // The card is in Publicerad: a channel added afterwards is not a late post.
    name: 'past and published, with a channel added since',
    commands: [
      { type: 'item.schedule', id: 'a', date: '2026-11-01' },
      { type: 'variant.remove', id: 'a', channel: 'linkedin' },
      { type: 'item.move', id: 'a', status: 'published', index: 0 },
      { type: 'variant.add', id: 'a', channel: 'linkedin' },
    ],
    rule: 'past-unpublished',
  },
  {
    name: 'past but every variant marked published',
    commands: [
      { type: 'item.schedule', id: 'a', date: '2026-11-01' },
      ...(['website', 'x', 'instagram', 'facebook', 'linkedin'] as const).map((c) => variant(c, { publishedAt: NOW })),
    ],
    rule: 'past-unpublished',
  },
  { name: 'in the backlog (no date)', commands: [{ type: 'item.unschedule', id: 'a' }], rule: 'past-unpublished' },
  {
    name: 'principles unticked while in review',
    commands: [
      { type: 'item.move', id: 'a', status: 'review', index: 0 },
      { type: 'item.update', id: 'a', patch: { principles: { openness: false, clarity: false, credibility: false } } },
    ],
    rule: 'principles-unchecked',
  },
];

function findingsFor(plan: Plan, settings: Settings): Finding[] {
  return checkItem(itemOf(plan), settings, LOCAL_NOW);
}

describe('checkItem', () => {
  it('finds nothing on a well-prepared item', () => {
    expect(findingsFor(clean, defaultSettings())).toEqual([]);
  });

  it.each(firing)('fires: $name', ({ commands, settings, rule, severity, channel, says }) => {
    const found = findingsFor(withCommands(clean, commands), (settings ?? ((s) => s))(defaultSettings())).filter(
      (f) => f.rule === rule,
    );
    expect(found).toHaveLength(1);
    const [finding] = found as [Finding];
    if (severity) expect(finding.severity).toBe(severity);
    if (channel !== undefined) expect(finding.channel).toBe(channel);
    if (says) expect(say('sv', finding.message)).toMatch(says);
    // Worded in English too, with no key left unresolved and no Swedish letters.
    expect(say('en', finding.message)).toMatch(/^[^åäöÅÄÖ{}]{10,}$/);
    expect(say('en', finding.message)).not.toContain('findings.');
  });

  it.each(quiet)('stays quiet: $name', ({ commands, settings, rule }) => {
    const found = findingsFor(withCommands(clean, commands), (settings ?? ((s) => s))(defaultSettings()));
    expect(found.filter((f) => f.rule === rule)).toEqual([]);
  });

  const fixable = firing.filter(({ commands, settings }) =>
    findingsFor(withCommands(clean, commands), (settings ?? ((s) => s))(defaultSettings())).some((f) => f.fix !== null),
  );

  it('offers fixes for the past date and the foreign link', () => {
    expect(fixable.map((c) => c.rule).sort()).toEqual([
      'foreign-link',
      'past-unpublished',
      'past-unpublished',
      'past-unpublished',
    ]);
  });

  it.each(fixable)('its fix is a valid command that makes it go away: $name', ({ commands, settings, rule }) => {
    const effective = (settings ?? ((s) => s))(defaultSettings());
    const plan = withCommands(clean, commands);
    const finding = findingsFor(plan, effective).find((f) => f.rule === rule && f.fix);
    const command = PlanCommand.parse(finding?.fix?.command);
    const fixed = applyCommand(plan, command, NOW);
    expect(findingsFor(fixed, effective).filter((f) => f.rule === rule)).toEqual([]);
    expect(say('sv', finding!.fix!.label)).toMatch(/^(Markera som publicerat|Länka till hemsidan)$/);
    expect(say('en', finding!.fix!.label)).toMatch(/^(Mark as published|Link to the website)$/);
  });

  it('sorts errors first and counts by severity', () => {
    const plan = withCommands(clean, [
      { type: 'item.update', id: 'a', patch: { audiences: [] } },
      variant('x', { text: '' }),
      variant('instagram', { altText: '' }),
      ...(['website', 'x', 'instagram', 'facebook', 'linkedin'] as const).map((channel): PlanCommand => ({
        type: 'variant.remove',
        id: 'a',
        channel,
      })),
      { type: 'variant.add', id: 'a', channel: 'x' },
    ]);
    const findings = findingsFor(plan, defaultSettings());
    expect(findings.map((f) => f.rule)).toEqual(['approved-empty-variant', 'no-audience']);
    expect(countBySeverity(findings)).toEqual({ error: 1, warning: 1, info: 0 });
    expect(countBySeverity([])).toEqual({ error: 0, warning: 0, info: 0 });
  });
});
