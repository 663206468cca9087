// What a screen reader hears during a kanban drag, in the UI language (dnd-kit reads these out
// through its live region).
import { useTranslation } from 'react-i18next';
import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import { columnHolding, type Columns } from '../../../src-shared/kanban/columns';
import type { ContentItem } from '../../../src-shared/plan/model';
import { STATUSES } from '../../../src-shared/settings/policy';
import { useLocalized } from '../../i18n';

export function useKanbanAnnouncements(items: { get(id: string): ContentItem | undefined }, columns: Columns) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const title = (id: string | number) => items.get(String(id))?.title ?? String(id);
  const where = (id: string | number) => {
    const status = columnHolding(columns, String(id));
    const label = localized(STATUSES.find((s) => s.id === status)?.label ?? { sv: '', en: '' });
    const position = status ? columns[status].indexOf(String(id)) + 1 : 0;
    return { column: label, position: Math.max(position, 1), count: status ? columns[status].length : 0 };
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('kanban.announce.start', { title: title(active.id), ...where(active.id) }),
    // Described by what the card is over: that is settled when dnd-kit announces, our state may not be.
    onDragOver: ({ active, over }) =>
      over ? t('kanban.announce.over', { title: title(active.id), ...where(over.id) }) : undefined,
    onDragEnd: ({ active, over }) =>
      over
        ? t('kanban.announce.end', { title: title(active.id), ...where(over.id) })
        : t('kanban.announce.cancel', { title: title(active.id) }),
    onDragCancel: ({ active }) => t('kanban.announce.cancel', { title: title(active.id) }),
  };
  const screenReaderInstructions: ScreenReaderInstructions = { draggable: t('kanban.announce.instructions') };
  return { announcements, screenReaderInstructions };
}
