// What main tells the window unasked (contract.ts's events), into the app's stores. Nothing is
// polled: the save state and the notices arrive when they change; the menu's commands when chosen.
import type { AppParts } from './app-context';

/** Listens from now on; returns the function that stops listening. */
export function listenToMain({ api, save, plan }: AppParts): () => void {
  let told = false;
  const stops = [
    api.subscribe('store:save-state', (state) => {
      told = true;
      save.setState({ save: state });
    }),
    api.subscribe('store:notices', (notices) => plan.getState().hearNotices(notices)),
  ];
  // Asked once, for a state from before this window listened (a write that failed at start);
  // anything main has told since is newer.
  api['store:status'](null).then(
    (state) => {
      if (!told) save.setState({ save: state });
    },
    () => undefined,
  );
  return () => stops.forEach((stop) => stop());
}
