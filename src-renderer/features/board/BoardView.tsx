// Styrelsevy (issue #8): the plan read-only for the board. A period grouped by ISO week, totals,
// the audience coverage with its flags, the policy appendix, the meeting papers, and a
// presentation mode. Nothing here changes the plan: no drag, no editor, no quick-add.
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Presentation } from 'lucide-react';
import { boardPosts, boardTotals, boardWeeks, type BoardPost } from '../../../src-shared/board/posts';
import { periodText } from '../../../src-shared/board/labels';
import { audienceCoverage } from '../../../src-shared/board/coverage';
import type { Plan } from '../../../src-shared/plan/model';
import { BoardTotals } from './BoardTotals';
import { BoardWeeks } from './BoardWeeks';
import { useBoardStore } from './board-store';
import { CoverageMatrix } from './CoverageMatrix';
import { ExportButtons } from './ExportButtons';
import { useLanguage } from '../../i18n';
import { usePlanModel } from '../../app/plan-store';
import { PeriodControls } from './PeriodControls';
import { PolicyAppendix } from './PolicyAppendix';
import { PostDialog } from './PostDialog';
import { PresentationMode } from './PresentationMode';
import { ReviewLine } from './ReviewBanner';
import './board.css';

export function BoardView({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { period, presenting, setPresenting } = useBoardStore();
  const [open, setOpen] = useState<BoardPost | null>(null);
  // The period's days through the plan's index by day, not every post of the plan.
  const dated = usePlanModel((model) => model.days.itemsIn(period.from, period.to, model.held.table));
  const posts = useMemo(() => boardPosts(dated, period, plan.settings), [dated, period, plan.settings]);
  const weeks = useMemo(() => boardWeeks(posts, period), [posts, period]);
  const coverage = useMemo(() => audienceCoverage(posts, plan.settings), [posts, plan.settings]);
  const leave = useCallback(() => setPresenting(false), [setPresenting]);

  if (presenting) return <PresentationMode weeks={weeks} settings={plan.settings} onLeave={leave} />;
  return (
    <section className="board-view" aria-labelledby="board-title">
      <header className="board-head">
        <div>
          <h1 id="board-title">{t('board.title')}</h1>
          <p className="board-subtitle">
            {plan.settings.organisationName} · {periodText(period, language)}
          </p>
          <ReviewLine settings={plan.settings} />
        </div>
        <div className="board-actions">
          <ExportButtons plan={plan} period={period} />
          <button type="button" className="primary" onClick={() => setPresenting(true)}>
            <Presentation size={16} aria-hidden /> {t('board.present')}
          </button>
        </div>
      </header>
      <PeriodControls />
      {/* The summary first, as in the papers: what the period reaches, then week by week. */}
      <div className="board-summary">
        <section className="board-card board-coverage" aria-labelledby="board-coverage-title">
          <h2 id="board-coverage-title">{t('coverage.title')}</h2>
          <CoverageMatrix coverage={coverage} settings={plan.settings} captionId="board-coverage-caption" />
        </section>
        <div className="board-side">
          <BoardTotals totals={boardTotals(posts, plan.settings)} settings={plan.settings} />
          <PolicyAppendix settings={plan.settings} />
        </div>
      </div>
      <BoardWeeks weeks={weeks} settings={plan.settings} onOpen={setOpen} />
      <PostDialog post={open} settings={plan.settings} onClose={() => setOpen(null)} />
    </section>
  );
}
