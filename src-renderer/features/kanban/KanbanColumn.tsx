import { useTranslation } from 'react-i18next';
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { ContentItem, Settings, StatusId } from '../../../src-shared/model';
import { QuickAdd } from './QuickAdd';
import { SortableCard } from './SortableCard';

interface Props {
  status: StatusId;
  label: string;
  ids: string[];
  items: Map<string, ContentItem>;
  settings: Settings;
  hiddenCount: number;
}

export function KanbanColumn({ status, label, ids, items, settings, hiddenCount }: Props) {
  const { t } = useTranslation();
  // The column itself is a drop target too, so an empty column can receive a card.
  const { setNodeRef, isOver } = useDroppable({ id: status });
  return (
    <section className="kanban-column" aria-labelledby={`column-${status}`} data-status={status} data-over={isOver || undefined}>
      <header className="kanban-column-header">
        <h2 id={`column-${status}`}>{label}</h2>
        <span className="kanban-count">
          {t('kanban.columnCount', { count: ids.length })}
          {hiddenCount > 0 && ` · ${t('kanban.hidden', { count: hiddenCount })}`}
        </span>
      </header>
      <QuickAdd status={status} columnLabel={label} />
      <SortableContext id={status} items={ids} strategy={verticalListSortingStrategy}>
        <ol className="kanban-cards" ref={setNodeRef} aria-label={label}>
          {ids.map((id) => {
            const item = items.get(id);
            return item ? <SortableCard key={id} item={item} settings={settings} /> : null;
          })}
        </ol>
      </SortableContext>
      {ids.length === 0 && <p className="kanban-empty">{t('kanban.empty')}</p>}
    </section>
  );
}
