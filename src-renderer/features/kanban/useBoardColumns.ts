// The kanban's columns as shown: the filter applied from what changed (visible-items.ts), and
// Publicerad cut to its recent posts unless the older are asked for or a filter is on (a search
// must find old posts). Arrays keep their identity while their ids stay, so unchanged columns
// skip rendering.
import { useMemo } from 'react';
import { isFiltering, type PlanFilter } from '../../../src-shared/plan/filters';
import type { Columns } from '../../../src-shared/kanban/columns';
import { STATUS_IDS, type StatusId } from '../../../src-shared/plan/model';
import { archiveWaiting } from '../../app/plan-archive';
import { usePlanModel, usePlanStore } from '../../app/plan-store';
import { useNow } from '../../lib/now';
import { useOlderShown } from './OlderToggle';

export interface BoardColumns {
  /** As the filter shows them, Publicerad cut to its recent posts unless the older are shown. */
  shown: Columns;
  /** Every post of every column, for placing a drop in the whole column. */
  full: Columns;
  /** Per column, how many posts the filter hides. */
  hidden: Record<StatusId, number>;
  /** How many older posts Publicerad leaves out (or would); null while a filter is on. */
  older: number | null;
}

export function useBoardColumns(filter: PlanFilter): BoardColumns {
  const today = useNow().slice(0, 10);
  const olderShown = useOlderShown((state) => state.shown);
  const waiting = usePlanStore((state) => archiveWaiting(state.archive));
  const full = usePlanModel((model) => model.held.table.columns);
  const filtered = usePlanModel((model) => model.filter.columns(filter));
  const split = usePlanModel((model) => (isFiltering(filter) ? null : model.published.split(filtered.published, today)));
  const shown = useMemo(
    () => (split && !olderShown ? { ...filtered, published: split.recent } : filtered),
    [filtered, split, olderShown],
  );
  const hidden = useMemo(() => {
    const counts = {} as Record<StatusId, number>;
    for (const status of STATUS_IDS) counts[status] = full[status].length - filtered[status].length;
    return counts;
  }, [full, filtered]);
  return { shown, full, hidden, older: split ? split.older + waiting : null };
}
