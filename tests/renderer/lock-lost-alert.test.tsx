// @vitest-environment happy-dom
// A lock lost while the app works is never silent (issue 16 item 4): through the real services,
// holding a real lock that another process takes over, the window shows the same alert as a failed
// write, in plain words, with "Spara en kopia…" and no "Försök igen"; the edit stays in the app.
import { act, fireEvent, screen } from '@testing-library/react';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_NAME, lockDataFolder } from '../../src-main/store/folder-lock';
import { realApp } from '../support/app';
import { tempDataDir } from '../support/store';

const dataDir = tempDataDir();
const lock = lockDataFolder(dataDir, { updateMs: 1_000 });
const { services, renderWithSavedPost, planStore } = realApp(0, { lock, flushDelayMs: 20 }, dataDir);

describe('a lock taken over while the app works', () => {
  it('stops the saving, says so with the way out, and keeps the edit', async () => {
    await renderWithSavedPost();

    rmSync(join(dataDir, LOCK_NAME), { recursive: true });
    mkdirSync(join(dataDir, LOCK_NAME));
    writeFileSync(join(dataDir, LOCK_NAME, 'owner.json'), JSON.stringify({ pid: 1, host: 'annan', started: null, token: 'annan' }));
    await act(() => planStore().getState().apply({ type: 'item.update', id: 'a', patch: { title: 'Ändrad' } }));
    const alert = await screen.findByText(/Datamappen är inte längre låst åt den här Kanalplan/, {}, { timeout: 10_000 });
    const box = alert.closest('[role="alert"]') as HTMLElement;
    expect(box.textContent).toMatch(/har därför slutat spara där.*spara en kopia av planen och starta sedan om Kanalplan/);
    expect(box.querySelectorAll('button')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Försök igen' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Spara en kopia…' })).toBeTruthy();
    expect(readFileSync(join(dataDir, 'backlog.json'), 'utf8')).toContain('Sparad');
    expect(readFileSync(join(dataDir, 'backlog.json'), 'utf8')).not.toContain('Ändrad');
    expect(services.plan.current().plan.items[0]?.title).toBe('Ändrad');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Spara en kopia…' }));
    });
    await screen.findByText(/En kopia av hela planen sparades i/);
  });
});
