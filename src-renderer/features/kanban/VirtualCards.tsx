// A kanban column's cards, rendered only where the column's scroll shows them (issue #11: at
// 10,000 posts a board of every card has 187,000 elements). dnd-kit's sortable list knows every
// id of the column (the SortableContext is given them all), but only mounted cards are drop
// targets; the card being dragged, or just dropped, is kept mounted wherever it is, so a drag
// never loses its card and focus returns to it after a drop.
import { memo, useCallback, useRef } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import type { Settings } from '../../../src-shared/plan/model';
import { observeRectOrScreenful } from '../../lib/virtual-rect';
import { CardById } from './CardById';
import './kanban-virtual.css';

/** About one card with a date, channels and audiences; each card is measured once shown. */
const ESTIMATED_CARD_PX = 110;
const GAP_PX = 8;
/** Cards mounted beyond each edge: Tab and the keyboard drag always find the next card there. */
const OVERSCAN = 4;

interface Props {
  ids: readonly string[];
  label: string;
  settings: Settings;
  /** The card kept mounted wherever it is: the one in the air, or the one just dropped. */
  pinnedId: string | null;
  /** dnd-kit's drop target for the column, so an empty column or its empty end takes a card. */
  dropRef: (element: HTMLElement | null) => void;
}

export const VirtualCards = memo(function VirtualCards({ ids, label, settings, pinnedId, dropRef }: Props) {
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const pinned = pinnedId === null ? -1 : ids.indexOf(pinnedId);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const shown = defaultRangeExtractor(range);
      if (pinned < 0 || shown.includes(pinned)) return shown;
      return [...shown, pinned].sort((a, b) => a - b);
    },
    [pinned],
  );
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_CARD_PX,
    getItemKey: (index) => ids[index] ?? index,
    overscan: OVERSCAN,
    gap: GAP_PX,
    rangeExtractor,
    observeElementRect: observeRectOrScreenful,
  });
  const setScroll = useCallback(
    (element: HTMLDivElement | null) => {
      scrollRef.current = element;
      dropRef(element);
    },
    [dropRef],
  );
  return (
    <div className="kanban-scroll" ref={setScroll}>
      <ol className="kanban-cards" aria-label={label} style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const id = ids[row.index];
          if (id === undefined) return null;
          return (
            <li
              key={row.key}
              ref={virtualizer.measureElement}
              data-index={row.index}
              className="kanban-card-row"
              // The list's length is the column's, not the few cards mounted.
              aria-setsize={ids.length}
              aria-posinset={row.index + 1}
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <CardById id={id} settings={settings} />
            </li>
          );
        })}
      </ol>
    </div>
  );
});
