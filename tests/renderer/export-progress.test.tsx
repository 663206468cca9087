// @vitest-environment happy-dom
// The export dialog while a package is written: how far it has come, as main tells it, and a
// form that cannot start a second write. Real services behind a bridge whose export:write waits
// until the test lets it go, so the dialog is looked at mid-write rather than raced. (happy-dom
// logs a focus recursion as Radix's dialog takes the focus: its own, and not what is tested here.)
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExportDialog } from '../../src-renderer/features/export/ExportDialog';
import { createAppParts } from '../../src-renderer/app/create-app-parts';
import { createApi } from '../../src-renderer/lib/api';
import { realBridge } from '../support/bridge';
import { renderIn } from '../support/parts';

const { services, bridge } = realBridge();
let release: () => void = () => undefined;
let writes = 0;
const parts = createAppParts(
  createApi({
    ...bridge,
    'export:write': async (input) => {
      writes += 1;
      await new Promise<void>((resolve) => (release = resolve));
      return bridge['export:write'](input);
    },
  }),
);

beforeAll(async () => {
  services.plan.apply({
    type: 'item.create',
    id: 'a',
    title: 'Öppet hus',
    status: 'approved',
    date: '2026-11-24',
    channels: ['x'],
  });
  services.plan.apply({ type: 'variant.update', id: 'a', channel: 'x', patch: { text: 'Välkommen!' } });
  parts.ui.setState({ calendarAnchor: '2026-11-24' });
  await parts.plan.getState().load();
});

describe('the export dialog while a package is written', () => {
  it('shows the step and its count as main tells them, keeps Exportera off when a choice changes, and closes when done', async () => {
    renderIn(parts, <ExportDialog />);
    act(() => parts.exportDialog.getState().show());
    const exportButton = await screen.findByRole<HTMLButtonElement>('button', { name: 'Exportera' });
    await waitFor(() => expect(exportButton.disabled).toBe(false));
    fireEvent.click(exportButton);
    await screen.findByRole('button', { name: 'Exporterar…' });
    expect(screen.queryByRole('progressbar')).toBeNull();

    act(() => services.events.emit('export:progress', { step: 'files', done: 1200, total: 5508 }));
    const bar = await screen.findByRole('progressbar', { name: /^Skriver filerna: 1\s200 av 5\s508$/ });
    expect(bar.getAttribute('max')).toBe('5508');
    expect(bar.getAttribute('value')).toBe('1200');

    // A choice changed meanwhile does not offer a second write of the first one.
    fireEvent.click(screen.getByRole('checkbox', { name: 'Publicerad' }));
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Exporterar…' }).disabled).toBe(true);
    expect(screen.getByRole('progressbar')).toBe(bar);
    expect(writes).toBe(1);

    release();
    await waitFor(() => expect(parts.exportDialog.getState().open).toBe(false));
    expect(parts.ui.getState().toast?.message).toMatch(/^Exporterat till /);
  });
});
