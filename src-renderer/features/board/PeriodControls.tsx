// The board's period: any range typed like every other date in the app (åååå-mm-dd in Swedish,
// the locale's own order in English), week steps, and back to the coming four weeks.
import { useTranslation } from 'react-i18next';
import { ChevronLeft, ChevronRight } from 'lucide-react';
import { DateField } from '../../components/DateField';
import { defaultBoardPeriod, shiftPeriod } from '../../../src-shared/board/period';
import { today } from '../../lib/now';
import { useBoardStore } from './board-store';

export function PeriodControls() {
  const { t } = useTranslation();
  const { period, setPeriod } = useBoardStore();
  // A half-typed or reversed range changes nothing: the last whole one stays shown.
  const change = (end: 'from' | 'to', day: string | null) => {
    if (day === null) return;
    const next = { ...period, [end]: day };
    if (next.from <= next.to) setPeriod(next);
  };
  return (
    <div className="board-period" role="group" aria-label={t('board.period')}>
      <button type="button" aria-label={t('board.previousWeek')} onClick={() => setPeriod(shiftPeriod(period, -1))}>
        <ChevronLeft size={16} aria-hidden />
      </button>
      {(['from', 'to'] as const).map((end) => (
        <div key={end}>
          <DateField label={t(`board.${end}`)} value={period[end]} onChange={(day) => change(end, day)} drawnLater />
        </div>
      ))}
      <button type="button" aria-label={t('board.nextWeek')} onClick={() => setPeriod(shiftPeriod(period, 1))}>
        <ChevronRight size={16} aria-hidden />
      </button>
      <button type="button" onClick={() => setPeriod(defaultBoardPeriod(today()))}>
        {t('board.resetPeriod')}
      </button>
    </div>
  );
}
