// A plan with an archive: published posts whose last day is long past, beside posts that look
// old but are not archived (published recently, changed recently, or never published).
import { emptyVariant } from '../../src-shared/plan/commands';
import type { ContentItem, Plan } from '../../src-shared/plan/model';
import { shiftDays } from '../../src-shared/calendar/dates';
import { planWith } from './plans';

function post(id: string, title: string, date: string | null, changedOn: string, publishedOn: string | null): ContentItem {
  const [item] = planWith({ type: 'item.create', id, title, date, channels: [] }).items as [ContentItem];
  return {
    ...item,
    status: publishedOn ? 'published' : 'draft',
    variants: [{ ...emptyVariant('x'), text: `${title}.`, publishedAt: publishedOn ? `${publishedOn}T09:00:00.000Z` : null }],
    createdAt: `${changedOn}T08:00:00.000Z`,
    updatedAt: `${changedOn}T08:00:00.000Z`,
  };
}

/** Around `today`: two archived posts and four that are not. */
export function planWithArchive(today: string): { plan: Plan; archived: string[]; recent: string[] } {
  const longAgo = shiftDays(today, -400);
  const weeksAgo = shiftDays(today, -45);
  const items = [
    post('old-published', 'Valet 2025 är avgjort', longAgo, longAgo, longAgo),
    post('weeks-published', 'Kårfesten blev lyckad', weeksAgo, weeksAgo, weeksAgo),
    post('recent-published', 'Nya bostäder i Flemingsberg', shiftDays(today, -3), shiftDays(today, -3), shiftDays(today, -3)),
    post('old-changed-lately', 'Rättelse om studiemedlen', longAgo, shiftDays(today, -2), longAgo),
    post('old-draft', 'Utkast som blev liggande', longAgo, longAgo, null),
    post('undated-idea', 'Idé utan datum', null, longAgo, null),
  ];
  return {
    plan: { ...planWith(), items },
    archived: ['old-published', 'weeks-published'],
    recent: ['recent-published', 'old-changed-lately', 'old-draft', 'undated-idea'],
  };
}
