// "Duplicera" (Ctrl+D, a card's menu, the editor's menu): the copy is made, the editor opens on
// it, and a toast offers to take it back.
import type { TFunction } from 'i18next';
import type { AppStores } from '../../app/app-context';
import type { UiState } from '../../app/ui-store';
import { newItemId } from '../../lib/ids';

/** The post Ctrl+D means: the card or calendar chip that has focus, else the one open in the editor. */
export function duplicateTarget(ui: Pick<UiState, 'editingId'>): string | null {
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement.closest<HTMLElement>('[data-post-id]') : null;
  return focused?.dataset.postId ?? ui.editingId;
}

export async function duplicatePost(stores: Pick<AppStores, 'plan' | 'ui'>, id: string, t: TFunction): Promise<void> {
  const plan = stores.plan.getState();
  const original = plan.model.held.table.get(id);
  if (!original) return;
  const newId = newItemId();
  const title = t('duplicate.copyTitle', { title: original.title || t('editor.untitled') }).slice(0, 500);
  const step = await plan.apply({ type: 'item.duplicate', id, newId, title });
  if (!step) return;
  const ui = stores.ui.getState();
  if (ui.view !== 'kanban' && ui.view !== 'calendar') ui.setView('kanban');
  ui.openEditor(newId);
  ui.showToast(t('duplicate.done', { title }), step);
}
