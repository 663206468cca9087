// One unscheduled post in the backlog panel: drag it onto a day, or open it with Enter or a click.
import { useDraggable } from '@dnd-kit/core';
import type { ContentItem } from '../../../src-shared/plan/model';
import { useUiStore } from '../../app/ui-store';
import { useLightTranslation } from '../../i18n';
import { openOnEnter } from '../../lib/dnd';
import { backlogId, type Dragged } from './drop-targets';

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
