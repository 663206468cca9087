// What the calendar shows: the posts of the days in view only (found through the plan's index by
// day, not by going through every post), which of them share a slot, and the unscheduled posts
// for the backlog; each as the filter shows it, made again only when the plan or the view changes.
import { useMemo } from 'react';
import { isFiltering, type PlanFilter } from '../../../src-shared/plan/filters';
import type { ContentItem } from '../../../src-shared/plan/model';
import { calendarEntries, type CalendarEntry } from '../../../src-shared/calendar/entries';
import { monthWeeks, weekDays } from '../../../src-shared/calendar/dates';
import { usePlanModel } from '../../app/plan-store';
import { useUiStore } from '../../app/ui-store';

export interface CalendarItems {
  entries: CalendarEntry[];
  /** Keys of the entries shown that share a slot with another post's, whatever the filter hides. */
  collisions: Set<string>;
  backlog: readonly ContentItem[];
}

export function useCalendarItems(filter: PlanFilter): CalendarItems {
  const mode = useUiStore((state) => state.calendarMode);
  const anchor = useUiStore((state) => state.calendarAnchor);
  const days = useMemo(() => (mode === 'week' ? weekDays(anchor) : monthWeeks(anchor).flat()), [mode, anchor]);
  const first = days[0] ?? anchor;
  const last = days.at(-1) ?? anchor;
  const onDays = usePlanModel((model) => model.days.itemsIn(first, last, model.held.table));
  const test = usePlanModel((model) => model.filter.test(filter));
  const checks = usePlanModel((model) => model.checks);
  const { entries, collisions } = useMemo(() => {
    const all = calendarEntries(onDays).filter((entry) => entry.date >= first && entry.date <= last);
    const colliding = new Set(all.filter((entry) => checks.collides(entry)).map((entry) => entry.key));
    return { entries: isFiltering(filter) ? all.filter((entry) => test(entry.item)) : all, collisions: colliding };
  }, [onDays, test, filter, first, last, checks]);
  const unscheduled = usePlanModel((model) => model.days.backlog);
  const backlog = useMemo(() => (isFiltering(filter) ? unscheduled.filter(test) : unscheduled), [unscheduled, test, filter]);
  return { entries, collisions, backlog };
}
