// @vitest-environment happy-dom
// The drag sensors are made once: dnd-kit's context then stays the same while a view renders
// again, so a memoised draggable (a calendar chip, a card) renders only when its own props change.
import { memo } from 'react';
import { describe, expect, it } from 'vitest';
import { render, renderHook } from '@testing-library/react';
import { DndContext, useDraggable, type KeyboardCoordinateGetter } from '@dnd-kit/core';
import { useDragSensors } from '../../src-renderer/lib/dnd';

const stay: KeyboardCoordinateGetter = (_event, { currentCoordinates }) => currentCoordinates;
const step: KeyboardCoordinateGetter = (_event, { currentCoordinates }) => ({
  ...currentCoordinates,
  x: currentCoordinates.x + 1,
});

describe('drag sensors', () => {
  it('are the same array from render to render', () => {
    const { result, rerender } = renderHook(({ getter }) => useDragSensors(getter), { initialProps: { getter: stay } });
    const first = result.current;
    rerender({ getter: stay });
    expect(result.current).toBe(first);
    rerender({ getter: step });
    expect(result.current).not.toBe(first);
  });

  it('leave a draggable alone when only its view renders again', () => {
    const renders = { count: 0 };
    const Chip = memo(function Chip({ id }: { id: string }) {
      renders.count += 1;
      const { setNodeRef } = useDraggable({ id });
      return <div ref={setNodeRef}>{id}</div>;
    });
    function View({ title }: { title: string }) {
      const sensors = useDragSensors(stay);
      return (
        <DndContext sensors={sensors}>
          <h1>{title}</h1>
          <Chip id="a" />
        </DndContext>
      );
    }
    const { rerender, getByRole } = render(<View title="v. 49" />);
    const settled = renders.count;
    rerender(<View title="v. 50" />);
    expect(getByRole('heading').textContent).toBe('v. 50');
    expect(renders.count).toBe(settled);
  });
});
