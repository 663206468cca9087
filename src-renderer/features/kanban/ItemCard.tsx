import { useTranslation } from 'react-i18next';
import type { ContentItem, Settings } from '../../../src-shared/model';
import { channelSettings } from '../../../src-shared/policy';
import { useLocalized } from '../../i18n';

export function ItemCard({ item, settings }: { item: ContentItem; settings: Settings }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const when = item.date ? [item.date, item.time].filter(Boolean).join(' ') : t('kanban.unscheduled');
  return (
    <article className="item-card" aria-label={item.title} data-item-id={item.id}>
      <h3 className="item-card-title">{item.title}</h3>
      <p className="item-card-when">{when}</p>
      {item.variants.length > 0 && (
        <ul className="item-card-channels">
          {item.variants.map((variant) => (
            <li key={variant.channel} className={`channel-badge channel-${variant.channel}`}>
              {localized(channelSettings(settings, variant.channel).label)}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
