// The yearly policy review (policy, "Ansvar"): the board view states the last review; the planner
// shows a quiet reminder when none is recorded this operating year, with a button that records
// today. It is an ordinary command, so Ctrl+Z and the toast's Ångra take it back.
import { useTranslation } from 'react-i18next';
import { ScrollText } from 'lucide-react';
import type { Settings } from '../../../src-shared/plan/model';
import { formatDay } from '../../../src-shared/calendar/dates';
import { policyReviewStatus } from '../../../src-shared/board/review';
import { usePlanStore } from '../../app/plan-store';
import { useUiStore } from '../../app/ui-store';
import { today } from '../../lib/now';
import { useLanguage } from '../../i18n';
import './board.css';

export function ReviewLine({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const last = settings.lastPolicyReview;
  return (
    <p className="board-review">
      <ScrollText size={16} aria-hidden />{' '}
      {last ? t('review.last', { date: formatDay(last, language, 'd MMMM yyyy') }) : t('review.never')}
    </p>
  );
}

export function ReviewBanner({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const apply = usePlanStore((state) => state.apply);
  const showToast = useUiStore((state) => state.showToast);
  const day = today();
  const status = policyReviewStatus(settings, day);
  if (!status.due) return null;
  const record = async () => {
    const step = await apply({ type: 'settings.recordPolicyReview', date: day });
    if (step) showToast(t('review.recorded', { date: formatDay(day, language, 'd MMMM yyyy') }), step);
  };
  return (
    <section className="review-banner" aria-label={t('review.bannerLabel')}>
      <ScrollText size={16} aria-hidden />
      <p>{t('review.due', { date: formatDay(status.yearStart, language, 'd MMMM yyyy') })}</p>
      {/* Named by its visible words (WCAG label in name); the longer sense is its tooltip. */}
      <button type="button" title={t('review.recordLabel')} onClick={() => void record()}>
        {t('review.record')}
      </button>
    </section>
  );
}
