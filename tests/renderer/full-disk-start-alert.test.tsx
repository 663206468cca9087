// @vitest-environment happy-dom
// Started on a full disk, the app opens on the plan with the alert (issue 16 item 8): nothing can
// be saved, the way out is a copy; once space is freed the alert goes by itself.
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { realApp } from '../support/app';
import { faultyFs } from '../support/faulty-fs';
import { openServices, tempDataDir } from '../support/store';

const dataDir = tempDataDir();
const first = openServices(dataDir);
first.plan.apply({ type: 'item.create', id: 'a', title: 'Sparad före' });
first.store.close();
const disk = faultyFs();
disk.fail('ENOSPC');
const { renderApp } = realApp(0, { fs: disk.fs, retryDelayMs: 50 }, dataDir);

describe('a start on a full disk', () => {
  it('shows the plan and the alert, and the alert goes once there is space again', async () => {
    renderApp();
    await screen.findByRole('button', { name: 'Sparad före' });
    const alert = await screen.findByText(/Kanalplan kan inte spara något i datamappen just nu/, {}, { timeout: 10_000 });
    const box = alert.closest('[role="alert"]') as HTMLElement;
    expect(box.textContent).toMatch(/^Disken är full\./);
    expect(screen.getByRole('button', { name: 'Spara en kopia…' })).toBeTruthy();
    disk.fail(null);
    await waitFor(() => expect(screen.queryByText(/Kanalplan kan inte spara något/)).toBeNull(), { timeout: 15_000 });
  });
});
