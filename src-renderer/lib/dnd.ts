// What every drag surface shares: mouse, touch and keyboard sensors, Space to pick up (Enter is
// left to open the item), and the key handler that does that.
import { useMemo, type KeyboardEvent } from 'react';
import {
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type DraggableSyntheticListeners,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';

const KEYBOARD_CODES = { start: ['Space'], cancel: ['Escape'], end: ['Space'] };
const POINTER = { activationConstraint: { distance: 5 } };
const TOUCH = { activationConstraint: { delay: 200, tolerance: 8 } };

/**
 * The sensors, the same array from render to render. useSensor memoises on its options object:
 * a new one each render gave dnd-kit new activators, so its context changed and every draggable
 * (each calendar chip, backlog chip and card) rendered again whenever its view did.
 */
export function useDragSensors(coordinateGetter: KeyboardCoordinateGetter) {
  const keyboard = useMemo(() => ({ coordinateGetter, keyboardCodes: KEYBOARD_CODES }), [coordinateGetter]);
  return useSensors(useSensor(PointerSensor, POINTER), useSensor(TouchSensor, TOUCH), useSensor(KeyboardSensor, keyboard));
}

/**
 * Enter opens the item; Shift+F10 or the menu key opens its menu, where it has one; every other
 * key goes to dnd-kit.
 */
export function openOnEnter(listeners: DraggableSyntheticListeners, open: () => void, menu?: (event: KeyboardEvent) => void) {
  return (event: KeyboardEvent) => {
    if (event.key === 'Enter') open();
    else if (menu && (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey))) {
      event.preventDefault();
      menu(event);
    } else listeners?.onKeyDown?.(event);
  };
}
