import { format } from 'date-fns';
import { createStore } from 'zustand';
import { storeHook } from '../app/app-context';

export function localNow(): string {
  return format(new Date(), "yyyy-MM-dd'T'HH:mm");
}

export function today(): string {
  return localNow().slice(0, 10);
}

export interface ClockState {
  now: string;
  /** Ticks each minute until the returned function stops it (the app's root starts it). */
  start: () => () => void;
}

/** One clock for the whole UI, ticking each minute, rather than a timer per card. */
export function createClockStore() {
  return createStore<ClockState>((set) => ({
    now: localNow(),
    start() {
      set({ now: localNow() });
      const timer = setInterval(() => set({ now: localNow() }), 60_000);
      return () => clearInterval(timer);
    },
  }));
}

const useClock = storeHook((stores) => stores.clock);

/** Local wall-clock time as the checks want it (`yyyy-MM-ddTHH:mm`). */
export function useNow(): string {
  return useClock((state) => state.now);
}
