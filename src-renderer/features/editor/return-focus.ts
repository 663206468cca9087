// Focus goes back to the card or chip that opened the editor when the editor closes, so a
// keyboard or screen-reader user carries on where they were instead of at the top of the page.
import { useEffect, useState } from 'react';

/** Call once in the editor; `itemId` finds the post again if its card was drawn anew meanwhile. */
export function useReturnFocus(itemId: string): void {
  // Read during the first render, before the editor moves focus into itself.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  useEffect(
    () => () => {
      // Focus that went somewhere on purpose (another card, the next editor) stays there.
      const active = document.activeElement;
      if (active !== null && active !== document.body) return;
      const again = document.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(itemId)}"]`);
      const target = opener?.isConnected && opener !== document.body ? opener : again?.closest<HTMLElement>('[tabindex]');
      target?.focus();
    },
    // Only on close: the opener and the item are those of this editor's whole life.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
}
