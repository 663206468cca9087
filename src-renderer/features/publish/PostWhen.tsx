import type { ReactNode } from 'react';
import { useLightTranslation } from '../../i18n';
import { formatWhen } from '../../lib/format';

/** The time large, the day small ("Idag" for today, the year for a late post of another year): the list is read by the clock. */
export function PostWhen({
  date,
  time,
  today,
  children,
}: {
  date: string;
  time: string | null;
  today: string;
  children?: ReactNode;
}) {
  const { t, i18n } = useLightTranslation();
  return (
    <div className="publish-when">
      <span className="publish-time">{time ?? t('publish.noTime')}</span>
      <span className="publish-day">{date === today ? t('publish.today') : formatWhen(date, null, i18n.language, today)}</span>
      {children}
    </div>
  );
}
