// "Duplicera" (Ctrl+D, a card's menu, the editor's menu): the copy is made, the editor opens on
// it, and a toast offers to take it back.
import type { TFunction } from 'i18next';
import { usePlanStore } from '../../app/plan-store';
import { useUiStore } from '../../app/ui-store';
import { newItemId } from '../../lib/ids';

/** The post Ctrl+D means: the card or calendar chip that has focus, else the one open in the editor. */
export function duplicateTarget(): string | null {
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement.closest<HTMLElement>('[data-post-id]') : null;
  return focused?.dataset.postId ?? useUiStore.getState().editingId;
}

export async function duplicatePost(id: string, t: TFunction): Promise<void> {
  const plan = usePlanStore.getState();
  const original = plan.plan?.items.find((item) => item.id === id);
  if (!original) return;
  const ui = useUiStore.getState();
  const newId = newItemId();
  const title = t('duplicate.copyTitle', { title: original.title || t('editor.untitled') }).slice(0, 500);
  const step = await plan.apply({ type: 'item.duplicate', id, newId, title });
  if (!step) return;
  if (ui.view !== 'kanban' && ui.view !== 'calendar') ui.setView('kanban');
  ui.openEditor(newId);
  ui.showToast(t('duplicate.done', { title }), step);
}
