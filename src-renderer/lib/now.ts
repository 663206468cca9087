import { format } from 'date-fns';
import { create } from 'zustand';

export function localNow(): string {
  return format(new Date(), "yyyy-MM-dd'T'HH:mm");
}

export function today(): string {
  return localNow().slice(0, 10);
}

// One clock for the whole UI, ticking each minute, rather than a timer per card.
const useClock = create<{ now: string }>(() => ({ now: localNow() }));
setInterval(() => useClock.setState({ now: localNow() }), 60_000);

/** Local wall-clock time as the checks want it (`yyyy-MM-ddTHH:mm`). */
export function useNow(): string {
  return useClock((state) => state.now);
}
