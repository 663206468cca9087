// What every drag surface shares: mouse, touch and keyboard sensors, Space to pick up (Enter is
// left to open the item), and the key handler that does that.
import type { KeyboardEvent } from 'react';
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

export function useDragSensors(coordinateGetter: KeyboardCoordinateGetter) {
  return useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter, keyboardCodes: KEYBOARD_CODES }),
  );
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
