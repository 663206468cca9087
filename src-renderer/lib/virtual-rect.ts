// Where nothing has a size (jsdom, or a panel not laid out yet) a virtual list would show no
// rows at all: it then measures a screenful instead, so the first rows are always there.
import { observeElementRect, type Virtualizer } from '@tanstack/react-virtual';

const SCREENFUL = { width: 240, height: 800 };

export function observeRectOrScreenful<T extends Element>(
  instance: Virtualizer<HTMLDivElement, T>,
  callback: (rect: { width: number; height: number }) => void,
): void | (() => void) {
  return observeElementRect(instance, (rect) => callback(rect.height > 0 ? rect : SCREENFUL));
}
