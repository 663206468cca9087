// The events main's services send: the contract's events for the renderer, and the ones main
// itself listens to (the menu speaks the UI language, so it is rebuilt when the settings change).
// Plain TypeScript: the services own the emitter; Electron's IPC and the harness's server-sent
// events only carry what it emits.
import type { Events } from '../../src-shared/ipc/contract';
import type { Unsubscribe } from '../../src-shared/ipc/channels';
import type { Settings } from '../../src-shared/plan/model';

export type MainEvents = Events & { 'settings:changed': Settings };

type Listener<T> = (payload: T) => void;

export class Emitter<T extends object> {
  private readonly listeners = new Map<keyof T, Set<Listener<never>>>();

  on<E extends keyof T>(event: E, listener: Listener<T[E]>): Unsubscribe {
    const set = this.listeners.get(event) ?? new Set();
    this.listeners.set(event, set.add(listener));
    return () => set.delete(listener);
  }

  emit<E extends keyof T>(event: E, payload: T[E]): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as Listener<T[E]>)(payload);
  }
}
