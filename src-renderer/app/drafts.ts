// Discards a post started with "Nytt inlägg" when its editor closes with nothing written in it
// (Ctrl+N then Escape must not leave an empty, nameless post in the backlog).
import { isEmptyPost } from '../../src-shared/plan/drafts';
import type { AppStores } from './app-context';

/** Watches the editor from now on; returns the function that stops watching. */
export function watchDrafts({ ui, plan }: Pick<AppStores, 'ui' | 'plan'>): () => void {
  return ui.subscribe((state, previous) => {
    const draft = previous.draftId;
    // `state.draftId === draft` also ends the second call, made by the setState below.
    if (draft === null || state.draftId !== draft || state.editingId === draft) return;
    ui.setState({ draftId: null });
    const current = plan.getState();
    const item = current.model.held.table.get(draft);
    if (item && isEmptyPost(item)) void current.discard(draft);
  });
}
