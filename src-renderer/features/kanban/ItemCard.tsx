import { CardImages } from '../media/CardImages';
import { memo } from 'react';
import { AlertTriangle, CircleAlert, Repeat } from 'lucide-react';
import { seriesPostIds } from '../series/series-ids';
import { usePlanModel } from '../../app/plan-store';
import type { ContentItem, Settings } from '../../../src-shared/plan/model';
import { ChannelBadge } from '../../components/ChannelBadge';
import { useLightTranslation, useLocalized } from '../../i18n';
import { useNow } from '../../lib/now';
import { formatWhen } from '../../lib/format';
import { OwnTimeNote } from '../../components/OwnTimeNote';
import { ownTimes } from '../../../src-shared/calendar/scheduling';
import { cardDescriptionId, useCardDescription } from './card-description';

/** A card stays short: the rest of its audiences are counted, and named in the editor. */
const SHOWN_AUDIENCES = 2;

// Memoised: a keystroke in the editor changes one item, and only its card should re-render.
export const ItemCard = memo(function ItemCard({ item, settings }: { item: ContentItem; settings: Settings }) {
  const { t, i18n } = useLightTranslation();
  const localized = useLocalized();
  const now = useNow();
  // Selected as one string, so a card re-renders only when its own counts change, not on every
  // change to the plan (the same-slot check looks at the other posts).
  const [errors = 0, warnings = 0] = usePlanModel((model) => {
    const { errors, warnings } = model.checks.countsOf(item, now);
    return `${errors},${warnings}`;
  })
    .split(',')
    .map(Number);
  const failed = errors + warnings;
  const describe = useCardDescription();
  const audiences = item.audiences.map((id) => settings.audiences.find((a) => a.id === id)).filter((a) => a !== undefined);
  return (
    <article className="item-card" data-item-id={item.id}>
      <div className="item-card-top">
        <h3 className="item-card-title">{item.title || t('editor.untitled')}</h3>
        {seriesPostIds(settings).has(item.id) && (
          <span className="series-mark" role="img" aria-label={t('series.mark')} title={t('series.mark')}>
            <Repeat size={13} aria-hidden />
          </span>
        )}
        {failed > 0 && (
          <span
            className={`check-mark ${errors > 0 ? 'check-error' : 'check-warning'}`}
            role="img"
            aria-label={t('checks.failedCount', { count: failed })}
            title={t('checks.failedCount', { count: failed })}
          >
            {errors > 0 ? <CircleAlert size={14} aria-hidden /> : <AlertTriangle size={14} aria-hidden />}
            {failed}
          </span>
        )}
      </div>
      <CardImages item={item} />
      <p className="item-card-when">{item.date ? formatWhen(item.date, item.time, i18n.language) : t('kanban.unscheduled')}</p>
      {ownTimes(item).map((variant) => (
        <p key={variant.channel} className="item-card-when">
          <OwnTimeNote item={item} variant={variant} settings={settings} />
        </p>
      ))}
      <span id={cardDescriptionId(item.id)} className="visually-hidden">
        {describe(item, settings, failed)}
      </span>
      {item.variants.length > 0 && (
        <ul className="item-card-channels" aria-label={t('editor.channels')}>
          {item.variants.map((variant) => (
            <li key={variant.channel}>
              <ChannelBadge channel={variant.channel} settings={settings} />
            </li>
          ))}
        </ul>
      )}
      {audiences.length > 0 && (
        <ul className="item-card-audiences" aria-label={t('editor.audiences')}>
          {audiences.slice(0, SHOWN_AUDIENCES).map((audience) => (
            <li key={audience.id} className="audience-chip">
              {localized(audience.label)}
            </li>
          ))}
          {audiences.length > SHOWN_AUDIENCES && (
            <li
              className="audience-chip"
              title={audiences
                .slice(SHOWN_AUDIENCES)
                .map((a) => localized(a.label))
                .join(', ')}
            >
              {t('kanban.moreAudiences', { count: audiences.length - SHOWN_AUDIENCES })}
            </li>
          )}
        </ul>
      )}
    </article>
  );
});
