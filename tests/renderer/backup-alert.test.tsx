// @vitest-environment happy-dom
// A backup that fails while working is not silent: through the real services, whose backups
// folder has become a file, the app says so calmly (the plan itself saves) and leads to
// Säkerhetskopior; once a backup works again, the notice goes.
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realApp } from '../support/app';

const { dataDir, renderWithSavedPost, planStore } = realApp(0, { flushDelayMs: 20, backupIntervalMs: 0 });

const FAILING = /Den automatiska säkerhetskopian har inte kunnat tas sedan/;

describe('an automatic backup that fails while working', () => {
  it('is told beside the plan, leads to Säkerhetskopior, and goes once a backup works again', async () => {
    await renderWithSavedPost();

    renameSync(join(dataDir, 'backups'), join(dataDir, 'backups-moved'));
    writeFileSync(join(dataDir, 'backups'), 'ingen mapp');
    await act(() => planStore().getState().apply({ type: 'item.update', id: 'a', patch: { title: 'Ändrad' } }));
    const notice = await screen.findByText(FAILING, {}, { timeout: 5000 });
    expect(notice.closest('[role="status"]')).not.toBeNull();
    expect(readFileSync(join(dataDir, 'backlog.json'), 'utf8')).toContain('Ändrad');

    fireEvent.click(screen.getByRole('button', { name: 'Öppna Säkerhetskopior' }));
    expect(await screen.findByRole('button', { name: 'Ta en säkerhetskopia nu' })).toBeTruthy();

    rmSync(join(dataDir, 'backups'));
    mkdirSync(join(dataDir, 'backups'));
    await act(() => planStore().getState().apply({ type: 'item.update', id: 'a', patch: { title: 'Ändrad igen' } }));
    await waitFor(() => expect(screen.queryByText(FAILING)).toBeNull(), { timeout: 5000 });
  });
});
