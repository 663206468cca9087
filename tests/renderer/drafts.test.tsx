// @vitest-environment happy-dom
// A post started with "Nytt inlägg" and closed without a word is discarded, with its undo steps;
// one with something written in it stays.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installRealBridge } from '../support/bridge';

const { services } = installRealBridge();
let usePlanStore: typeof import('../../src-renderer/app/plan-store').usePlanStore;
let useUiStore: typeof import('../../src-renderer/app/ui-store').useUiStore;
let stopWatching: () => void = () => undefined;

beforeAll(async () => {
  ({ usePlanStore } = await import('../../src-renderer/app/plan-store'));
  ({ useUiStore } = await import('../../src-renderer/app/ui-store'));
  const { watchDrafts } = await import('../../src-renderer/app/drafts');
  services.plan.apply({ type: 'item.create', id: 'kept', title: 'Finns sedan tidigare' });
  await usePlanStore.getState().load();
  stopWatching = watchDrafts();
});
afterAll(() => stopWatching());

const ids = () => usePlanStore.getState().plan?.items.map((item) => item.id) ?? [];
const idsInMain = () => services.plan.current().plan.items.map((item) => item.id);

/** What Ctrl+N does: make an untitled post, then open it as a draft. */
async function startDraft(id: string) {
  await usePlanStore.getState().apply({ type: 'item.create', id, title: '' });
  useUiStore.getState().openDraft(id);
}

/** Waits until main has the ids the renderer has: the discard is sent, not awaited, on close. */
async function settled() {
  for (let tries = 0; tries < 50 && idsInMain().join() !== ids().join(); tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

describe('closing the editor of a new post', () => {
  it('discards it when nothing was written, leaving nothing to undo', async () => {
    await startDraft('ghost');
    await usePlanStore.getState().apply({ type: 'item.move', id: 'ghost', status: 'draft', index: 0 });
    useUiStore.getState().openEditor(null);
    await settled();
    expect(ids()).toEqual(['kept']);
    expect(idsInMain()).toEqual(['kept']);
    expect(usePlanStore.getState().undoStack).toEqual([]);
    expect(useUiStore.getState().draftId).toBeNull();
  });

  it('keeps it when it has a title, and when another post is opened it is closed the same way', async () => {
    await startDraft('titled');
    await usePlanStore.getState().apply({ type: 'item.update', id: 'titled', patch: { title: 'Pressträff' } });
    useUiStore.getState().openEditor('kept');
    await settled();
    expect(ids()).toEqual(['kept', 'titled']);

    await startDraft('other-ghost');
    useUiStore.getState().openEditor('kept');
    await settled();
    expect(ids()).toEqual(['kept', 'titled']);
    expect(idsInMain()).toEqual(['kept', 'titled']);
  });

  it('keeps a post that was not started as a draft, even when empty', async () => {
    services.plan.apply({ type: 'item.create', id: 'old-empty', title: '' });
    await usePlanStore.getState().load();
    useUiStore.getState().openEditor('old-empty');
    useUiStore.getState().openEditor(null);
    await settled();
    expect(ids()).toContain('old-empty');
  });
});
