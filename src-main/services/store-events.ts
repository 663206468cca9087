// Tells the window when the save state or the store's notices change, instead of being asked:
// the store says when they may have changed, and this sends each one that did, once.
import type { SaveState, StoreNotice } from '../../src-shared/ipc/store-types';
import type { Emitter, MainEvents } from './events';

type Told = 'store:save-state' | 'store:notices';

export class StoreEvents {
  /** What the window was last told of each, as JSON: only a change is sent. */
  private readonly last = new Map<Told, string>();
  private queued = false;

  constructor(
    private readonly sources: { saveState: () => SaveState; notices: () => StoreNotice[] },
    private readonly events: Emitter<MainEvents>,
  ) {
    // As they are at start: the window reads these with the plan.
    this.last.set('store:save-state', JSON.stringify(sources.saveState()));
    this.last.set('store:notices', JSON.stringify(sources.notices()));
  }

  /**
   * Something may have changed: looked at once the step that changed it is done (a write and the
   * backup after it, say), so the window hears the outcome rather than each half of it.
   */
  soon(): void {
    if (this.queued) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      this.tell('store:save-state', this.sources.saveState());
      this.tell('store:notices', this.sources.notices());
    });
  }

  private tell<E extends Told>(event: E, payload: MainEvents[E]): void {
    const json = JSON.stringify(payload);
    if (this.last.get(event) === json) return;
    this.last.set(event, json);
    this.events.emit(event, payload);
  }
}
