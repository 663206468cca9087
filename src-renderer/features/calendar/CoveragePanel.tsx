// The board's audience matrix for the week or month the calendar shows, as a side panel: the
// officer sees while planning which audiences that span misses.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { X } from 'lucide-react';
import { boardPosts } from '../../../src-shared/board/posts';
import { audienceCoverage } from '../../../src-shared/board/coverage';
import type { Settings } from '../../../src-shared/plan/model';
import { usePlanModel } from '../../app/plan-store';
import { formatDay, isoWeek } from '../../../src-shared/calendar/dates';
import { calendarPeriod } from '../../../src-shared/board/period';
import { useUiStore } from '../../app/ui-store';
import { useBoardStore } from '../board/board-store';
import { CoverageMatrix } from '../board/CoverageMatrix';

export function CoveragePanel({ settings }: { settings: Settings }) {
  const { t, i18n } = useTranslation();
  const anchor = useUiStore((state) => state.calendarAnchor);
  const mode = useUiStore((state) => state.calendarMode);
  const toggle = useBoardStore((state) => state.toggleCoveragePanel);
  const { from, to } = calendarPeriod(mode, anchor);
  const title =
    mode === 'week'
      ? t('coverage.weekTitle', { week: isoWeek(anchor) })
      : t('coverage.monthTitle', { month: formatDay(anchor, i18n.language === 'en' ? 'en' : 'sv', 'LLLL yyyy') });
  // The posts of the days shown, from the index by day: the rest of the plan is not looked at.
  const posts = usePlanModel((model) => model.days.itemsIn(from, to, model.held.table));
  const coverage = useMemo(() => audienceCoverage(boardPosts(posts, { from, to }, settings), settings), [posts, settings, from, to]);
  return (
    <aside className="coverage-panel" aria-labelledby="coverage-panel-title">
      <header>
        <h2 id="coverage-panel-title">{title}</h2>
        <button type="button" className="ghost icon" aria-label={t('coverage.close')} onClick={toggle}>
          <X size={14} aria-hidden />
        </button>
      </header>
      <CoverageMatrix coverage={coverage} settings={settings} captionId="coverage-panel-caption" />
    </aside>
  );
}
