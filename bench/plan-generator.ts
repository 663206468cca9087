// A seeded, deterministic plan for the benchmark (issue #11): the same seed gives the same plan
// on every machine. Realistic in size and in shape: one to four variants of Swedish text of the
// lengths each channel sees, audiences, tags, and every status where a plan that has been used for
// years has it. Dates run from four and a half years before the plan's day to three months after
// it; what is past was almost all published (a few ideas and drafts were left behind), what is
// ahead is being planned, and undated ideas wait in the backlog. `uniform` spreads the statuses
// evenly over every date instead, as a harder stress test (most old posts never published).
import { emptyVariant } from '../src-shared/plan/commands';
import { SCHEMA_VERSION, STATUS_IDS, type ContentItem, type Plan, type StatusId, type Variant } from '../src-shared/plan/model';
import { defaultSettings } from '../src-shared/settings/policy';

/** mulberry32: small, fast and good enough to spread a plan's shape. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'studenter bostäder Stockholm kårer lärosäten studiemedel kollektivtrafik hyra campus styrelsen ' +
  'beslutsfattare regionen kommunen förslag debatt remiss utbildning framtid trygghet inflytande ' +
  'medlemmar val engagemang möte rapport kostnad billigare fler bättre behöver kräver vill och att ' +
  'som för med på i av till det är vi ni de en ett nu mer alla varje år'
).split(' ');
const TAGS = ['bostad', 'studiemedel', 'kollektivtrafik', 'kårval', 'rekrytering', 'debatt', 'event', 'styrelsen'];
const OWNERS = ['Kommunikatör', 'Ordförande', 'Vice ordförande', 'Presidiet'];
const CHANNEL_TEXT: Record<string, [number, number]> = {
  website: [1_500, 5_000],
  x: [120, 700],
  instagram: [300, 1_500],
  facebook: [400, 2_000],
  linkedin: [300, 1_500],
};

/** The day a plan is generated around unless another is given (the benchmark gives today). */
export const PLAN_DAY = '2026-11-25';
const DAY_MS = 86_400_000;
const YEARS_BEHIND = 4.5;
const DAYS_AHEAD = 92;
const AHEAD: readonly StatusId[] = ['idea', 'draft', 'draft', 'review', 'approved', 'approved'];
const LEFT_BEHIND: readonly StatusId[] = ['idea', 'draft', 'review'];

export type StatusSpread = 'realistic' | 'uniform';

export interface PlanShape {
  seed?: number;
  spread?: StatusSpread;
  /** The plan's today: what is before it is past. */
  day?: string;
}

export function generatePlan(count: number, { seed = 20261124, spread = 'realistic', day = PLAN_DAY }: PlanShape = {}): Plan {
  const random = seededRandom(seed);
  const today = Date.parse(`${day}T00:00:00Z`) / DAY_MS;
  const firstDay = Math.round(today - YEARS_BEHIND * 365);
  const lastDay = today + DAYS_AHEAD;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const sentence = (length: number) => {
    const words: string[] = [];
    for (let size = 0; size < length; size += 1 + (words.at(-1)?.length ?? 0)) words.push(pick(WORDS));
    return `${words.join(' ')}.`;
  };
  const settings = defaultSettings();
  const audiences = settings.audiences.map((audience) => audience.id);
  const channels = settings.channels.map((channel) => channel.id);
  const items: ContentItem[] = [];
  for (let i = 0; i < count; i += 1) {
    const dated = random() > 0.1;
    const date = dated ? new Date(between(firstDay, lastDay) * DAY_MS).toISOString().slice(0, 10) : null;
    const status: StatusId =
      spread === 'uniform'
        ? pick(STATUS_IDS)
        : date === null
          ? pick(LEFT_BEHIND.slice(0, 2))
          : date >= day
            ? pick(AHEAD)
            : random() < 0.04
              ? pick(LEFT_BEHIND)
              : 'published';
    const time = date && random() > 0.2 ? `${pad(between(7, 20))}:${pick(['00', '15', '30', '45'])}` : null;
    const publishedAt = status === 'published' && date ? `${date}T${time ?? '12:00'}:00.000Z` : null;
    const variantChannels = [...channels].sort(() => random() - 0.5).slice(0, between(1, 4));
    const variants: Variant[] = variantChannels.map((channel) => {
      const [low, high] = CHANNEL_TEXT[channel] ?? [200, 800];
      const text = sentence(between(low, high));
      return {
        ...emptyVariant(channel),
        text: channel === 'website' && i % 3 === 0 ? withMarkdown(text, i) : text,
        lead: channel === 'website' ? sentence(between(150, 300)) : '',
        hashtags: random() > 0.5 ? [pick(TAGS)] : [],
        mediaNote: channel === 'instagram' ? 'Bild från mötet' : '',
        altText: channel === 'instagram' ? sentence(80) : '',
        publishedAt,
      };
    });
    // Last changed when it was published or planned, and never after the plan's day.
    const changed = Math.min(date ? Date.parse(`${date}T08:00:00Z`) : firstDay * DAY_MS, today * DAY_MS);
    const stamp = new Date(changed + i * 1_000).toISOString();
    items.push({
      id: `bench-${i}`,
      title: sentence(between(20, 70)).slice(0, -1),
      notes: random() > 0.5 ? sentence(between(50, 400)) : '',
      status,
      date,
      time,
      audiences: [...audiences].sort(() => random() - 0.5).slice(0, between(1, 3)),
      tags: random() > 0.3 ? [pick(TAGS)] : [],
      owner: pick(OWNERS),
      principles: { openness: random() > 0.3, clarity: random() > 0.3, credibility: random() > 0.3 },
      rank: i * 1024,
      variants,
      createdAt: stamp,
      updatedAt: stamp,
    });
  }
  return { schemaVersion: SCHEMA_VERSION, settings, items };
}

/**
 * The `count` posts of `plan` nearest its day, with as large a share of its undated ideas: a plan a
 * tenth the size that shows the same weeks, the same list to publish and the same board period.
 * Beside the whole plan it tells what an interaction costs per post in the plan rather than per
 * post on screen (issue #20: at 1,000 posts spread over the same years, a week holds a tenth).
 */
export function nearestPosts(plan: Plan, count: number, day: string): Plan {
  const today = Date.parse(`${day}T00:00:00Z`);
  const undated = plan.items.filter((item) => item.date === null);
  const dated = plan.items.filter((item) => item.date !== null);
  const distance = (item: ContentItem) => Math.abs(Date.parse(`${item.date}T00:00:00Z`) - today);
  const undatedKept = Math.round((undated.length * count) / plan.items.length);
  // A stable sort: of posts equally far away, the plan's earlier ones are kept.
  const nearest = [...dated].sort((a, b) => distance(a) - distance(b)).slice(0, count - undatedKept);
  const kept = new Set<ContentItem>([...undated.slice(0, undatedKept), ...nearest]);
  return { ...plan, items: plan.items.filter((item) => kept.has(item)) };
}

/**
 * A page as many are written: a subheading, a short list and a link among its prose. Made of the
 * words already drawn, so the plan's other choices (and its random sequence) stay as they were.
 */
function withMarkdown(text: string, index: number): string {
  const words = text.slice(0, -1).split(' ');
  const half = words.length >> 1;
  const items = [0, 3, 6].map((at) => `- ${words.slice(half + at, half + at + 3).join(' ')}`);
  return [
    `${words.slice(0, half).join(' ')}.`,
    `## ${words.slice(half, half + 4).join(' ')}`,
    items.join('\n'),
    `${words.slice(half + 9).join(' ')}, [läs mer](https://www.sfs.se/nyheter/${index}).`,
  ].join('\n\n');
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
