import { useTranslation } from 'react-i18next';
import { DndContext, closestCorners } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import type { Settings } from '../../../src-shared/plan/model';
import { STATUSES } from '../../../src-shared/settings/policy';
import { archiveWaiting } from '../../app/plan-archive';
import { usePlanModel, usePlanStore } from '../../app/plan-store';
import { useUiStore } from '../../app/ui-store';
import { useLocalized } from '../../i18n';
import { KanbanColumn } from './KanbanColumn';
import { useKanbanAnnouncements } from './announcements';
import { useBoardColumns } from './useBoardColumns';
import { useKanbanDrag } from './useKanbanDrag';
import { EmptyPlan } from './EmptyPlan';
import { KanbanTools } from './KanbanTools';
import { useDragSensors } from '../../lib/dnd';
import './kanban.css';

export function KanbanView({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const apply = usePlanStore((state) => state.apply);
  const filter = useUiStore((state) => state.filter);
  // A plan whose every post is in the archive is not empty while the archive is on its way.
  const waiting = usePlanStore((state) => archiveWaiting(state.archive));
  const { shown, full, hidden, older } = useBoardColumns(filter);
  const { columns, pinnedId, handlers } = useKanbanDrag(shown, full, (command) => void apply(command));
  const table = usePlanModel((model) => model.held.table);
  const empty = usePlanModel((model) => model.held.table.size === 0);
  const accessibility = useKanbanAnnouncements(table, columns);
  const sensors = useDragSensors(sortableKeyboardCoordinates);

  return (
    <section className="kanban-view" aria-label={t('kanban.title')}>
      {empty && waiting === 0 && <EmptyPlan />}
      <KanbanTools />
      <DndContext sensors={sensors} collisionDetection={closestCorners} accessibility={accessibility} {...handlers}>
        <div className="kanban">
          {STATUSES.map((status) => (
            <KanbanColumn
              key={status.id}
              status={status.id}
              label={localized(status.label)}
              ids={columns[status.id]}
              settings={settings}
              hiddenCount={hidden[status.id]}
              pinnedId={pinnedId}
              older={status.id === 'published' ? older : null}
            />
          ))}
        </div>
      </DndContext>
    </section>
  );
}
