// What the calendar shows: the posts of the days in view only (found through the plan's index by
// day, not by going through every post), and the unscheduled posts for the backlog, both as the
// filter shows them and computed once per version of the plan.
import { useMemo } from 'react';
import type { PlanFilter } from '../../../src-shared/plan/filters';
import type { ContentItem } from '../../../src-shared/plan/model';
import { calendarEntries, type CalendarEntry } from '../../../src-shared/calendar/entries';
import { monthWeeks, weekDays } from '../../../src-shared/calendar/dates';
import { itemsOnDays, planIndex } from '../../app/plan-index';
import { useUiStore } from '../../app/ui-store';
import { visibleItems } from '../../lib/visible-items';

const unscheduledCache = new WeakMap<readonly ContentItem[], ContentItem[]>();

function unscheduled(items: readonly ContentItem[]): ContentItem[] {
  let found = unscheduledCache.get(items);
  if (!found) {
    found = items.filter((item) => !item.date && item.variants.every((variant) => !variant.date));
    unscheduledCache.set(items, found);
  }
  return found;
}

export function useCalendarItems(
  items: readonly ContentItem[],
  filter: PlanFilter,
): { entries: CalendarEntry[]; backlog: readonly ContentItem[] } {
  const mode = useUiStore((state) => state.calendarMode);
  const anchor = useUiStore((state) => state.calendarAnchor);
  const index = planIndex(items);
  const days = useMemo(() => (mode === 'week' ? weekDays(anchor) : monthWeeks(anchor).flat()), [mode, anchor]);
  const entries = useMemo(() => {
    const shown = new Set(days);
    const candidates = visibleItems(itemsOnDays(index, days), filter);
    return calendarEntries(candidates).filter((entry) => shown.has(entry.date));
  }, [index, days, filter]);
  const backlog = useMemo(() => visibleItems(unscheduled(items), filter), [items, filter]);
  return { entries, backlog };
}
