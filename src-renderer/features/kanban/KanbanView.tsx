import { useTranslation } from 'react-i18next';
import { DndContext, closestCorners } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import type { Plan } from '../../../src-shared/plan/model';
import { STATUSES } from '../../../src-shared/settings/policy';
import { archiveWaiting } from '../../app/plan-archive';
import { usePlanStore } from '../../app/plan-store';
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

export function KanbanView({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const apply = usePlanStore((state) => state.apply);
  const filter = useUiStore((state) => state.filter);
  // A plan whose every post is in the archive is not empty while the archive is on its way.
  const waiting = usePlanStore((state) => archiveWaiting(state.archive));
  const { index, shown, full, hidden, older } = useBoardColumns(plan.items, filter);
  const { columns, pinnedId, handlers } = useKanbanDrag(shown, full, (command) => void apply(command));
  const accessibility = useKanbanAnnouncements(index.byId, columns);
  const sensors = useDragSensors(sortableKeyboardCoordinates);

  return (
    <section className="kanban-view" aria-label={t('kanban.title')}>
      {plan.items.length === 0 && waiting === 0 && <EmptyPlan />}
      <KanbanTools />
      <DndContext sensors={sensors} collisionDetection={closestCorners} accessibility={accessibility} {...handlers}>
        <div className="kanban">
          {STATUSES.map((status) => (
            <KanbanColumn
              key={status.id}
              status={status.id}
              label={localized(status.label)}
              ids={columns[status.id]}
              settings={plan.settings}
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
