import { memo } from 'react';
import { useLightTranslation } from '../../i18n';
import { openOnEnter } from '../../lib/dnd';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { ContentItem, Settings } from '../../../src-shared/plan/model';
import { useUiStore } from '../../app/ui-store';
import { ItemCard } from './ItemCard';
import { cardDescriptionId } from './card-description';
import { useReuseDialogs } from '../reuse/reuse-dialogs';

// Memoised on the item's identity: an edit to another post leaves this card alone.
export const SortableCard = memo(function SortableCard({ item, settings }: { item: ContentItem; settings: Settings }) {
  const { t } = useLightTranslation();
  const openEditor = useUiStore((state) => state.openEditor);
  const selected = useUiStore((state) => state.editingId === item.id);
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: item.id });
  const showPostMenu = useReuseDialogs((state) => state.showPostMenu);
  const onKeyDown = openOnEnter(listeners, () => openEditor(item.id), (event) => showPostMenu(item.id, event.currentTarget as HTMLElement));
  // The list item around it is the column's, which places it in the column's scroll.
  return (
    <div
      ref={setNodeRef}
      className="kanban-card-slot"
      data-post-id={item.id}
      data-dragging={isDragging || undefined}
      data-selected={selected || undefined}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      {...attributes}
      {...listeners}
      onKeyDown={onKeyDown}
      aria-roledescription={t('kanban.cardRole')}
      aria-label={item.title || t('editor.untitled')}
      // dnd-kit's own description (how to drag) first, then the card's date, status, channels and checks.
      aria-describedby={`${attributes['aria-describedby']} ${cardDescriptionId(item.id)}`}
      onClick={() => openEditor(item.id)}
      onContextMenu={(event) => {
        event.preventDefault();
        showPostMenu(item.id, event.currentTarget);
      }}
    >
      <ItemCard item={item} settings={settings} />
    </div>
  );
});
