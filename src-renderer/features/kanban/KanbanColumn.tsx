import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { Settings, StatusId } from '../../../src-shared/plan/model';
import { OlderToggle } from './OlderToggle';
import { QuickAdd } from './QuickAdd';
import { VirtualCards } from './VirtualCards';

interface Props {
  status: StatusId;
  label: string;
  ids: readonly string[];
  settings: Settings;
  hiddenCount: number;
  /** The card kept mounted: the one in the air or just dropped. */
  pinnedId: string | null;
  /** How many older posts Publicerad leaves out, or would when shown; null in the other columns. */
  older: number | null;
}

// Memoised: an edit that moves no card leaves every column's ids, and so every column, as it was.
export const KanbanColumn = memo(function KanbanColumn({ status, label, ids, settings, hiddenCount, pinnedId, older }: Props) {
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
      {/* Every id of the column, mounted or not: dnd-kit orders the drop by this list (and only reads it). */}
      <SortableContext id={status} items={ids as string[]} strategy={verticalListSortingStrategy}>
        <VirtualCards ids={ids} label={label} settings={settings} pinnedId={pinnedId} dropRef={setNodeRef} />
      </SortableContext>
      {ids.length === 0 && <p className="kanban-empty">{t('kanban.empty')}</p>}
      {older !== null && <OlderToggle count={older} />}
    </section>
  );
});
