import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DndContext, closestCorners } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { matchesFilter } from '../../../src-shared/filters';
import { columnsOf } from '../../../src-shared/kanban';
import type { Plan } from '../../../src-shared/model';
import { STATUSES } from '../../../src-shared/policy';
import { usePlanStore } from '../../app/plan-store';
import { useUiStore } from '../../app/ui-store';
import { useLocalized } from '../../i18n';
import { KanbanColumn } from './KanbanColumn';
import { useKanbanAnnouncements } from './announcements';
import { useKanbanDrag } from './useKanbanDrag';
import { EmptyPlan } from './EmptyPlan';
import { useDragSensors } from '../../lib/dnd';

export function KanbanView({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const apply = usePlanStore((state) => state.apply);
  const filter = useUiStore((state) => state.filter);
  const full = useMemo(() => columnsOf(plan.items), [plan.items]);
  const visible = useMemo(() => columnsOf(plan.items.filter((item) => matchesFilter(item, filter))), [plan.items, filter]);
  const items = useMemo(() => new Map(plan.items.map((item) => [item.id, item])), [plan.items]);
  const { columns, handlers } = useKanbanDrag(visible, full, (command) => void apply(command));
  const accessibility = useKanbanAnnouncements(items, columns);
  const sensors = useDragSensors(sortableKeyboardCoordinates);

  return (
    <section className="kanban-view" aria-label={t('kanban.title')}>
      {plan.items.length === 0 && <EmptyPlan />}
      <DndContext sensors={sensors} collisionDetection={closestCorners} accessibility={accessibility} {...handlers}>
        <div className="kanban">
          {STATUSES.map((status) => (
            <KanbanColumn
              key={status.id}
              status={status.id}
              label={localized(status.label)}
              ids={columns[status.id]}
              items={items}
              settings={plan.settings}
              hiddenCount={full[status.id].length - visible[status.id].length}
            />
          ))}
        </div>
      </DndContext>
    </section>
  );
}
