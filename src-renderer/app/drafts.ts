// Discards a post started with "Nytt inlägg" when its editor closes with nothing written in it
// (Ctrl+N then Escape must not leave an empty, nameless post in the backlog).
import { isEmptyPost } from '../../src-shared/plan/drafts';
import { usePlanStore } from './plan-store';
import { useUiStore } from './ui-store';

/** Watches the editor from now on; returns the function that stops watching. */
export function watchDrafts(): () => void {
  return useUiStore.subscribe((state, previous) => {
    const draft = previous.draftId;
    // `state.draftId === draft` also ends the second call, made by the setState below.
    if (draft === null || state.draftId !== draft || state.editingId === draft) return;
    useUiStore.setState({ draftId: null });
    const plan = usePlanStore.getState();
    const item = plan.plan?.items.find((candidate) => candidate.id === draft);
    if (item && isEmptyPost(item)) void plan.discard(draft);
  });
}
