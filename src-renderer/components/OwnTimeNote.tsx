import { Clock } from 'lucide-react';
import type { ContentItem, Settings, Variant } from '../../src-shared/plan/model';
import { channelSettings } from '../../src-shared/settings/policy';
import { whenOf } from '../../src-shared/calendar/scheduling';
import { useLightTranslation, useLocalized } from '../i18n';
import './own-time-note.css';
import { formatWhen } from '../lib/format';

/** "X (Twitter): ons 2 dec. · 09:00": a channel with its own time, wherever the post is shown. */
export function OwnTimeNote({
  item,
  variant,
  settings,
  withChannel = true,
}: {
  item: ContentItem;
  variant: Variant;
  settings: Settings;
  withChannel?: boolean;
}) {
  const { t, i18n } = useLightTranslation();
  const localized = useLocalized();
  const { date, time } = whenOf(item, variant);
  const when = date ? formatWhen(date, time, i18n.language) : (time ?? '');
  const channel = localized(channelSettings(settings, variant.channel).label);
  return (
    <span className="own-time-note" title={t('planningPolish.ownTimeOn', { channel, when })}>
      <Clock size={11} aria-hidden />
      <span className="visually-hidden">{t('planningPolish.ownTimeMark')}: </span>
      {withChannel ? t('planningPolish.ownTimeOn', { channel, when }) : when}
    </span>
  );
}
