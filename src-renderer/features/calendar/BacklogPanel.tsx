import { useLightTranslation } from '../../i18n';
import type { ContentItem } from '../../../src-shared/plan/model';
import { BacklogList } from './BacklogList';

/** Unscheduled items, to drag onto a day. */
export function BacklogPanel({ items }: { items: readonly ContentItem[] }) {
  const { t } = useLightTranslation();
  return (
    <aside className="backlog-panel" aria-labelledby="backlog-title">
      <h2 id="backlog-title">
        {t('calendar.backlog')} <span className="kanban-count">{items.length}</span>
      </h2>
      {items.length === 0 ? <p className="kanban-empty">{t('calendar.backlogEmpty')}</p> : <BacklogList items={items} />}
    </aside>
  );
}
