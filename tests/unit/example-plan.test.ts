import { describe, expect, it } from 'vitest';
import { graphemeLength, hashtagsOf, postText, xWeightedLength } from '../../src-shared/channels';
import { checkItem } from '../../src-shared/checks/checks';
import { EXAMPLE_PLAN_DAYS, examplePlanItems } from '../../src-shared/example-plan';
import { ContentItem, STATUS_IDS, type ChannelId, type Variant } from '../../src-shared/plan/model';
import { calendarEntries } from '../../src-shared/calendar/entries';
import { shiftDays, weekDays } from '../../src-shared/calendar/dates';
import { slotCollisions } from '../../src-shared/calendar/slots';
import { DEFAULT_AUDIENCES, defaultSettings } from '../../src-shared/settings/policy';

const NOW = '2026-11-25T06:30:00.000Z';
const TODAY = '2026-11-25'; // a Wednesday in week 48
const items = examplePlanItems(TODAY, NOW);
const settings = defaultSettings();

function variant(item: ContentItem, channel: ChannelId): Variant | undefined {
  return item.variants.find((v) => v.channel === channel);
}

function withChannel(channel: ChannelId): Array<{ item: ContentItem; variant: Variant }> {
  return items.flatMap((item) => {
    const found = variant(item, channel);
    return found && found.text.trim() !== '' ? [{ item, variant: found }] : [];
  });
}

/** Every date in the plan, the items' and the variants' own. */
function datesOf(plan: ContentItem[]): string[] {
  return plan.flatMap((item) => [item.date, ...item.variants.map((v) => v.date)]).filter((d): d is string => d !== null);
}

describe('the example plan', () => {
  it('is 12 to 16 valid items with unique, readable ids', () => {
    expect(items.length).toBeGreaterThanOrEqual(12);
    expect(items.length).toBeLessThanOrEqual(16);
    for (const item of items) expect(() => ContentItem.parse(item), item.id).not.toThrow();
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
    expect(items.every((item) => item.id.startsWith('example-'))).toBe(true);
  });

  it('uses every status, with ranks 0, 1024, 2048 … in each column', () => {
    for (const status of STATUS_IDS) {
      const ranks = items.filter((item) => item.status === status).map((item) => item.rank);
      expect(ranks.length, status).toBeGreaterThan(0);
      expect(ranks).toEqual(ranks.map((_, i) => i * 1024));
    }
  });

  it('reaches all seven audiences, and only known ones', () => {
    const reached = new Set(items.flatMap((item) => item.audiences));
    expect([...reached].sort()).toEqual(DEFAULT_AUDIENCES.map((audience) => audience.id).sort());
    expect(items.every((item) => item.audiences.length > 0)).toBe(true);
  });

  it('has a backlog and a few posts already published in the days before today', () => {
    expect(items.filter((item) => item.date === null).length).toBeGreaterThanOrEqual(2);
    const published = items.filter((item) => item.status === 'published');
    expect(published.length).toBeGreaterThanOrEqual(2);
    expect(published.length).toBeLessThanOrEqual(3);
    for (const item of published) {
      expect(item.date! < TODAY, item.id).toBe(true);
      expect(item.variants.every((v) => v.publishedAt !== null && Date.parse(v.publishedAt) <= Date.parse(NOW))).toBe(true);
    }
    expect(
      items.filter((item) => item.status !== 'published').every((item) => item.variants.every((v) => v.publishedAt === null)),
    ).toBe(true);
  });

  it('has the principles ticked on approved and published items, and uses morning, lunch and evening times', () => {
    for (const item of items.filter((i) => i.status === 'approved' || i.status === 'published')) {
      expect(item.principles, item.id).toEqual({ openness: true, clarity: true, credibility: true });
    }
    const times = new Set(items.flatMap((item) => [item.time, ...item.variants.map((v) => v.time)]));
    expect([...times]).toEqual(expect.arrayContaining(['08:00', '12:00', '17:30']));
  });

  it('has tags for campaigns and themes', () => {
    const tags = new Set(items.flatMap((item) => item.tags));
    for (const tag of ['bostad', 'studiemedel', 'kårval', 'rekrytering']) expect(tags.has(tag), tag).toBe(true);
  });

  it('uses roles, not names, as owners', () => {
    const owners = new Set(items.map((item) => item.owner));
    expect(owners).toContain('Ordförande');
    expect(owners).toContain('Vice ordförande');
    expect(owners).toContain('Kommunikatör');
  });
});

describe('the required posts', () => {
  it('takes political standpoints on X, one of them long enough to become a thread', () => {
    const x = withChannel('x');
    const themes = new Set(x.flatMap(({ item }) => item.tags));
    for (const theme of ['bostad', 'studiemedel', 'kollektivtrafik']) expect(themes.has(theme), theme).toBe(true);
    const threads = x.filter(({ item, variant: v }) => xWeightedLength(postText(item, v, settings)) > 280);
    expect(threads.map(({ item }) => item.id)).toEqual(['example-studiemedel-trad']);
  });

  it('has an Instagram event with a media note, alt text and at most five hashtags', () => {
    const instagram = withChannel('instagram');
    expect(instagram.some(({ item }) => item.tags.includes('event'))).toBe(true);
    for (const { item, variant: v } of instagram) {
      expect(v.mediaNote.trim(), item.id).not.toBe('');
      expect(v.altText.trim(), item.id).not.toBe('');
      expect(hashtagsOf(v.text, v.hashtags).length, item.id).toBeLessThanOrEqual(5);
      expect(graphemeLength(postText(item, v, settings))).toBeLessThanOrEqual(2_200);
    }
  });

  it('has a debate article on Facebook and the website, with a slug, a lead and a body past the fold', () => {
    const debate = items.find((item) => item.tags.includes('debatt'));
    expect(debate).toBeDefined();
    const website = variant(debate!, 'website');
    const facebook = variant(debate!, 'facebook');
    expect(website?.slug).toMatch(/^[a-z0-9-]+$/);
    expect(website?.lead.trim()).not.toBe('');
    expect(website?.text).toMatch(/^## /m);
    expect(facebook?.link).toBe('');
    expect(graphemeLength(facebook!.text)).toBeGreaterThan(477);
    expect(postText(debate!, facebook!, settings)).toContain(`https://www.ssco.se/${website!.slug}`);
  });

  it('recruits on LinkedIn, within its limit', () => {
    const linkedin = withChannel('linkedin');
    expect(linkedin.some(({ item }) => item.tags.includes('rekrytering'))).toBe(true);
    expect(linkedin.some(({ variant: v }) => /valberedningen söker/i.test(v.text))).toBe(true);
    for (const { item, variant: v } of linkedin) expect(graphemeLength(postText(item, v, settings))).toBeLessThanOrEqual(3_000);
  });

  it('leaves the hub link empty on the other channels of items with a website variant', () => {
    for (const item of items.filter((i) => variant(i, 'website'))) {
      expect(
        item.variants.every((v) => v.link === ''),
        item.id,
      ).toBe(true);
    }
  });

  it('passes the checks: no errors or warnings, only the thread notice', () => {
    const local = `${TODAY}T07:30`;
    const findings = items.flatMap((item) =>
      checkItem(item, settings, local).map((f) => ({ id: item.id, rule: f.rule, severity: f.severity })),
    );
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(findings.filter((f) => f.rule === 'x-thread').map((f) => f.id)).toEqual(['example-studiemedel-trad']);
  });
});

describe('dates', () => {
  // Every day of a week, a year end, and the Sundays daylight saving starts and ends in Sweden.
  const days = [...weekDays('2026-11-23'), '2026-12-31', '2026-03-29', '2026-10-25'];

  it.each(days)('fall in the four weeks from the Monday of %s, with nothing unpublished in the past', (today) => {
    const plan = examplePlanItems(today, `${today}T06:00:00.000Z`);
    const monday = weekDays(today)[0]!;
    const last = shiftDays(monday, EXAMPLE_PLAN_DAYS - 1);
    for (const date of datesOf(plan)) {
      expect(date >= monday && date <= last, date).toBe(true);
    }
    for (const item of plan.filter((i) => i.status !== 'published' && i.date !== null)) {
      expect(item.date! > today, item.id).toBe(true);
    }
    expect(slotCollisions(calendarEntries(plan)).size).toBe(0);
    for (const item of plan) expect(() => ContentItem.parse(item), item.id).not.toThrow();
  });

  it('starts a Sunday on the Monday six days before, and a Monday on itself', () => {
    const sunday = datesOf(examplePlanItems('2026-11-29', NOW)).sort();
    const monday = datesOf(examplePlanItems('2026-11-30', NOW)).sort();
    expect(sunday[0]! >= '2026-11-23' && sunday[0]! < '2026-11-29').toBe(true);
    expect(sunday.at(-1)! <= '2026-12-20').toBe(true);
    expect(monday[0]).toBe('2026-11-30');
    expect(monday.at(-1)! <= '2026-12-27').toBe(true);
  });

  it('is the same for the same day', () => {
    expect(examplePlanItems(TODAY, NOW)).toEqual(examplePlanItems(TODAY, NOW));
  });
});
