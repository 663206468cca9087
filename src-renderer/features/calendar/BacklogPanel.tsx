import { useLightTranslation } from '../../i18n';
import { openOnEnter } from '../../lib/dnd';
import { useDraggable } from '@dnd-kit/core';
import type { ContentItem } from '../../../src-shared/model';
import { useUiStore } from '../../app/ui-store';
import { BacklogList } from './BacklogList';
import { backlogId, type Dragged } from './drop-targets';

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

export function BacklogChip({ item }: { item: ContentItem }) {
  const { t } = useLightTranslation();
  const openEditor = useUiStore((state) => state.openEditor);
  const data: Dragged = { kind: 'backlog', item };
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: backlogId(item), data });
  const onKeyDown = openOnEnter(listeners, () => openEditor(item.id));
  return (
    <div
      ref={setNodeRef}
      className="backlog-chip"
      data-dragging={isDragging || undefined}
      {...attributes}
      {...listeners}
      onKeyDown={onKeyDown}
      onClick={() => openEditor(item.id)}
      aria-roledescription={t('calendar.entryRole')}
      aria-label={item.title}
    >
      {item.title}
    </div>
  );
}
