// @vitest-environment happy-dom
// A post started with "Nytt inlägg" and closed without a word is discarded, with its undo steps;
// one with something written in it stays.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchDrafts } from '../../src-renderer/app/drafts';
import { realParts } from '../support/parts';

const { services, parts } = realParts();
const { plan: plans, ui } = parts;
let stopWatching: () => void = () => undefined;

beforeAll(async () => {
  services.plan.apply({ type: 'item.create', id: 'kept', title: 'Finns sedan tidigare' });
  await plans.getState().load();
  stopWatching = watchDrafts(parts);
});
afterAll(() => stopWatching());

const ids = () => plans.getState().plan?.items.map((item) => item.id) ?? [];
const idsInMain = () => services.plan.current().plan.items.map((item) => item.id);

/** What Ctrl+N does: make an untitled post, then open it as a draft. */
async function startDraft(id: string) {
  await plans.getState().apply({ type: 'item.create', id, title: '' });
  ui.getState().openDraft(id);
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
    await plans.getState().apply({ type: 'item.move', id: 'ghost', status: 'draft', index: 0 });
    ui.getState().openEditor(null);
    await settled();
    expect(ids()).toEqual(['kept']);
    expect(idsInMain()).toEqual(['kept']);
    expect(plans.getState().undoStack).toEqual([]);
    expect(ui.getState().draftId).toBeNull();
  });

  it('keeps it when it has a title, and when another post is opened it is closed the same way', async () => {
    await startDraft('titled');
    await plans.getState().apply({ type: 'item.update', id: 'titled', patch: { title: 'Pressträff' } });
    ui.getState().openEditor('kept');
    await settled();
    expect(ids()).toEqual(['kept', 'titled']);

    await startDraft('other-ghost');
    ui.getState().openEditor('kept');
    await settled();
    expect(ids()).toEqual(['kept', 'titled']);
    expect(idsInMain()).toEqual(['kept', 'titled']);
  });

  it('keeps a post that was not started as a draft, even when empty', async () => {
    services.plan.apply({ type: 'item.create', id: 'old-empty', title: '' });
    await plans.getState().load();
    ui.getState().openEditor('old-empty');
    ui.getState().openEditor(null);
    await settled();
    expect(ids()).toContain('old-empty');
  });
});
