// The backlog's chips, rendered only where its scroll shows them: an old plan can hold
// thousands of unscheduled posts. The chip being dragged stays mounted wherever it is.
import { memo, useCallback, useRef } from 'react';
import { useDndContext } from '@dnd-kit/core';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import type { ContentItem } from '../../../src-shared/plan/model';
import { observeRectOrScreenful } from '../../lib/virtual-rect';
import { BacklogChip } from './BacklogChip';
import { backlogId } from './drop-targets';
import './backlog-virtual.css';

const ESTIMATED_CHIP_PX = 26;

// Memoised: the list's array is the same while no unscheduled post changes.
export const BacklogList = memo(function BacklogList({ items }: { items: readonly ContentItem[] }) {
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const activeId = useDndContext().active?.id ?? null;
  const pinned = activeId === null ? -1 : items.findIndex((item) => backlogId(item) === activeId);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const shown = defaultRangeExtractor(range);
      return pinned < 0 || shown.includes(pinned) ? shown : [...shown, pinned].sort((a, b) => a - b);
    },
    [pinned],
  );
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_CHIP_PX,
    getItemKey: (index) => items[index]?.id ?? index,
    overscan: 6,
    gap: 6,
    rangeExtractor,
    observeElementRect: observeRectOrScreenful,
  });
  return (
    <div className="backlog-scroll" ref={scrollRef}>
      <ul className="backlog-list" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const item = items[row.index];
          return item ? (
            <li
              key={row.key}
              ref={virtualizer.measureElement}
              data-index={row.index}
              className="backlog-row"
              aria-setsize={items.length}
              aria-posinset={row.index + 1}
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <BacklogChip item={item} />
            </li>
          ) : null;
        })}
      </ul>
    </div>
  );
});
