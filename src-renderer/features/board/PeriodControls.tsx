// The board's period: any range typed the Swedish way (åååå-mm-dd, React Aria's DateField, never
// a native input that follows the OS), week steps, and back to the coming four weeks.
import { useTranslation } from 'react-i18next';
import { ChevronLeft, ChevronRight } from 'lucide-react';
import { parseDate, type CalendarDate } from '@internationalized/date';
import { DateField, DateInput, DateSegment, I18nProvider, Label } from 'react-aria-components';
import { IsoDay } from '../../../src-shared/plan/model';
import { defaultBoardPeriod, shiftPeriod } from '../../../src-shared/board/period';
import { today } from '../../lib/now';
import { useBoardStore } from './board-store';

export function PeriodControls() {
  const { t } = useTranslation();
  const { period, setPeriod } = useBoardStore();
  // A half-typed or reversed range changes nothing: the last whole one stays shown.
  const change = (end: 'from' | 'to', value: CalendarDate | null) => {
    const day = value?.toString() ?? '';
    if (!IsoDay.safeParse(day).success) return;
    const next = { ...period, [end]: day };
    if (next.from <= next.to) setPeriod(next);
  };
  return (
    <div className="board-period" role="group" aria-label={t('board.period')}>
      <button type="button" aria-label={t('board.previousWeek')} onClick={() => setPeriod(shiftPeriod(period, -1))}>
        <ChevronLeft size={16} aria-hidden />
      </button>
      <I18nProvider locale="sv-SE">
        {(['from', 'to'] as const).map((end) => (
          <DateField key={end} className="board-date" value={parseDate(period[end])} onChange={(value) => change(end, value)}>
            <Label>{t(`board.${end}`)}</Label>
            <DateInput className="board-date-input">{(segment) => <DateSegment segment={segment} />}</DateInput>
          </DateField>
        ))}
      </I18nProvider>
      <button type="button" aria-label={t('board.nextWeek')} onClick={() => setPeriod(shiftPeriod(period, 1))}>
        <ChevronRight size={16} aria-hidden />
      </button>
      <button type="button" onClick={() => setPeriod(defaultBoardPeriod(today()))}>
        {t('board.resetPeriod')}
      </button>
    </div>
  );
}
