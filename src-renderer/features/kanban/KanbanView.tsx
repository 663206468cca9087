import { useTranslation } from 'react-i18next';
import { columnOf } from '../../../src-shared/commands';
import type { Plan } from '../../../src-shared/model';
import { STATUSES } from '../../../src-shared/policy';
import { useLocalized } from '../../i18n';
import { ItemCard } from './ItemCard';
import { QuickAdd } from './QuickAdd';

export function KanbanView({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  return (
    <section className="kanban" aria-label={t('kanban.title')}>
      {STATUSES.map((status) => {
        const items = columnOf(plan, status.id);
        const label = localized(status.label);
        return (
          <section key={status.id} className="kanban-column" aria-labelledby={`column-${status.id}`} data-status={status.id}>
            <header className="kanban-column-header">
              <h2 id={`column-${status.id}`}>{label}</h2>
              <span className="kanban-count">{t('kanban.columnCount', { count: items.length })}</span>
            </header>
            <QuickAdd status={status.id} columnLabel={label} />
            <ol className="kanban-cards">
              {items.map((item) => (
                <li key={item.id}>
                  <ItemCard item={item} settings={plan.settings} />
                </li>
              ))}
            </ol>
            {items.length === 0 && <p className="kanban-empty">{t('kanban.empty')}</p>}
          </section>
        );
      })}
    </section>
  );
}
