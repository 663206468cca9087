import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DndContext, DragOverlay, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core';
import type { Settings } from '../../../src-shared/plan/model';
import { useCalendarItems } from './useCalendarItems';
import { usePlanStore } from '../../app/plan-store';
import { useUiStore } from '../../app/ui-store';
import { BacklogPanel } from './BacklogPanel';
import { CoveragePanel } from './CoveragePanel';
import { useBoardStore } from '../board/board-store';
import { CalendarToolbar } from './CalendarToolbar';
import { calendarCollisions, cellKeyboardCoordinates } from './cell-keyboard';
import { useDragSensors } from '../../lib/dnd';
import { dropOf, parseCell, type Dragged } from './drop-targets';
import { useCalendarAnnouncements, useCalendarWords } from './announcements';
import { useChipContext } from './entry-label';
import { MonthView } from './MonthView';
import { WeekView } from './WeekView';
import './calendar.css';

export function CalendarView({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const apply = usePlanStore((state) => state.apply);
  const { filter, calendarMode, editingId, showToast } = useUiStore();
  const accessibility = useCalendarAnnouncements(settings);
  const { dropSentence } = useCalendarWords(settings);
  const coveragePanel = useBoardStore((state) => state.coveragePanel);
  const [dragged, setDragged] = useState<Dragged | null>(null);
  // Collisions are a fact of the whole plan, whatever the filter hides.
  const { entries, collisions, backlog } = useCalendarItems(filter);
  const sensors = useDragSensors(cellKeyboardCoordinates);
  const chips = useChipContext(settings);

  const onDragStart = ({ active }: DragStartEvent) => setDragged((active.data.current as Dragged | undefined) ?? null);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragged(null);
    const target = over ? parseCell(String(over.id)) : null;
    const source = active.data.current as Dragged | undefined;
    const drop = source && target ? dropOf(source, target) : null;
    if (!source || !target || !drop) return;
    // A move of one channel, or a channel added, is not what a drag usually does: say so, with Ångra.
    const message = drop.scope === 'post' ? null : dropSentence(source, drop, target.date, target.channel);
    void apply(drop.command).then((step) => step && message && showToast(message, step));
  };

  return (
    <section className="calendar-view" aria-label={t('nav.calendar')}>
      <DndContext
        sensors={sensors}
        collisionDetection={calendarCollisions}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => setDragged(null)}
        accessibility={accessibility}
      >
        <div className="calendar-main">
          <CalendarToolbar />
          {calendarMode === 'week' ? (
            <WeekView entries={entries} collisions={collisions} settings={settings} chips={chips} />
          ) : (
            <MonthView entries={entries} collisions={collisions} chips={chips} />
          )}
        </div>
        {/* The open editor needs the room more than the backlog does: the whole week stays in view. */}
        {/* One side panel at a time: the week keeps its room. The toggle brings the backlog back. */}
        {!editingId && coveragePanel && <CoveragePanel settings={settings} />}
        {!editingId && !coveragePanel && <BacklogPanel items={backlog} />}
        <DragOverlay dropAnimation={null}>
          {dragged ? (
            <div className="drag-ghost">{dragged.kind === 'entry' ? dragged.entry.item.title : dragged.item.title}</div>
          ) : null}
        </DragOverlay>
      </DndContext>
    </section>
  );
}
