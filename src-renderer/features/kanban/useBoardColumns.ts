// The kanban's columns as shown: the filter applied once per version of the plan, and Publicerad
// cut to its recent posts unless the older are asked for or a filter is on (a search must find
// old posts). Arrays keep their identity while their ids stay, so unchanged columns skip rendering.
import { useMemo } from 'react';
import { isFiltering, type PlanFilter } from '../../../src-shared/plan/filters';
import type { Columns } from '../../../src-shared/kanban/columns';
import type { ContentItem } from '../../../src-shared/plan/model';
import { archiveWaiting } from '../../app/plan-archive';
import { planIndex, type PlanIndex } from '../../app/plan-index';
import { usePlanStore } from '../../app/plan-store';
import { visibleColumns } from '../../lib/visible-items';
import { useNow } from '../../lib/now';
import { useOlderShown } from './OlderToggle';
import { recentPublished } from './published-window';

export interface BoardColumns {
  index: PlanIndex;
  /** As the filter shows them, Publicerad cut to its recent posts unless the older are shown. */
  shown: Columns;
  /** Every post of every column, for placing a drop in the whole column. */
  full: Columns;
  /** Per column, how many posts the filter hides. */
  hidden: Record<keyof Columns, number>;
  /** How many older posts Publicerad leaves out (or would); null while a filter is on. */
  older: number | null;
}

export function useBoardColumns(items: readonly ContentItem[], filter: PlanFilter): BoardColumns {
  const today = useNow().slice(0, 10);
  const olderShown = useOlderShown((state) => state.shown);
  const waiting = usePlanStore((state) => archiveWaiting(state.archive));
  const index = planIndex(items);
  const filtered = useMemo(() => visibleColumns(index, filter), [index, filter]);
  const recentWindow = useMemo(() => {
    if (isFiltering(filter)) return null;
    const { recent, older } = recentPublished(filtered.published, index.byId, today, items);
    return { recent, older: older + waiting };
  }, [filter, filtered.published, index.byId, today, waiting, items]);
  const shown = useMemo(
    () => (recentWindow && !olderShown ? { ...filtered, published: recentWindow.recent } : filtered),
    [filtered, recentWindow, olderShown],
  );
  const hidden = useMemo(() => {
    const counts = {} as Record<keyof Columns, number>;
    for (const status of Object.keys(index.columns) as Array<keyof Columns>) {
      counts[status] = index.columns[status].length - filtered[status].length;
    }
    return counts;
  }, [index.columns, filtered]);
  return { index, shown, full: index.columns, hidden, older: recentWindow ? recentWindow.older : null };
}
